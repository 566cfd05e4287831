package org.mandato;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    final ApplicationModules modules = ApplicationModules.of(MandatoApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyCapabilityIsAModule() {
        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("web", "catalog", "reporting", "browse", "exchange");
    }

    @Test
    void webDependsOnNoFeatureModule() {
        var web = modules.getModuleByName("web").orElseThrow();
        assertThat(web.getBootstrapDependencies(modules).toList()).isEmpty();
    }
}
