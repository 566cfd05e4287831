package org.mandato.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.mandato.MandatoApplication;
import org.mandato.PostgresServer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The production profile on an existing, empty PostgreSQL database, named by MANDATO_DB_URL,
 * MANDATO_DB_USER and MANDATO_DB_PASSWORD; two instances starting at the same moment migrate the
 * schema once (Flyway's lock), load the demo pack once and create one Secretariat account.
 */
class ProductionProfileTest {

    @Test
    void twoInstancesStartingAtOnceOnAnEmptyDatabaseMigrateItOnce() throws Exception {
        String database = PostgresServer.newDatabase("production_profile");
        ExecutorService starting = Executors.newFixedThreadPool(2);
        List<ConfigurableApplicationContext> instances = new ArrayList<>();
        try {
            List<Future<ConfigurableApplicationContext>> started = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String dataDir = Files.createTempDirectory("mandato-production-").toString();
                LoggingSetUpInTurn loggingInTurn = new LoggingSetUpInTurn();
                started.add(starting.submit(() -> new SpringApplicationBuilder(MandatoApplication.class)
                        .listeners(loggingInTurn.take(), loggingInTurn.giveBack())
                        .profiles("production")
                        .properties("MANDATO_DB_URL=" + database, "MANDATO_DB_USER=postgres", "MANDATO_DB_PASSWORD=postgres")
                        .run("--server.port=0", "--mandato.data-dir=" + dataDir)));
            }
            for (Future<ConfigurableApplicationContext> instance : started) {
                instances.add(instance.get(5, TimeUnit.MINUTES));
            }

            JdbcClient jdbc = instances.get(0).getBean(JdbcClient.class);
            assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
            assertThat(jdbc.sql("select count(*) from flyway_schema_history where version = '11' and success")
                    .query(Integer.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from flyway_schema_history where not success").query(Integer.class).single()).isZero();
            assertThat(jdbc.sql("select count(*) from pack_load").query(Integer.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from app_user where role = 'secretariat'").query(Integer.class).single()).isEqualTo(1);
            assertThat(instances.get(1).getEnvironment().getProperty("spring.datasource.url")).isEqualTo(database);
        } finally {
            instances.forEach(ConfigurableApplicationContext::close);
            starting.shutdownNow();
        }
    }

    /**
     * Both instances of this test share the JVM's one Logback context, which Spring Boot resets while
     * it sets logging up; two resets at once can throw ConcurrentModificationException (see
     * spring-boot#17439). Instances in production have a JVM each, so only that step is taken in turn
     * here, and everything the test is about (migration, demo pack, first account) still races.
     */
    private static final class LoggingSetUpInTurn {
        private static final Semaphore TURN = new Semaphore(1);
        private final AtomicBoolean holding = new AtomicBoolean();

        ApplicationListener<ApplicationEvent> take() {
            return new Step(Ordered.HIGHEST_PRECEDENCE, event -> {
                if (event instanceof ApplicationStartingEvent) {
                    TURN.acquireUninterruptibly();
                    holding.set(true);
                }
            });
        }

        ApplicationListener<ApplicationEvent> giveBack() {
            return new Step(LoggingApplicationListener.DEFAULT_ORDER + 1, event -> {
                boolean loggingDone = event instanceof ApplicationEnvironmentPreparedEvent || event instanceof ApplicationFailedEvent;
                if (loggingDone && holding.compareAndSet(true, false)) {
                    TURN.release();
                }
            });
        }

        private record Step(int order, Consumer<ApplicationEvent> action)
                implements ApplicationListener<ApplicationEvent>, Ordered {
            @Override
            public void onApplicationEvent(ApplicationEvent event) {
                action.accept(event);
            }

            @Override
            public int getOrder() {
                return order;
            }
        }
    }
}
