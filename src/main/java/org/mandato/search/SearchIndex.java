package org.mandato.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This instance's Lucene index, under {@code <data-dir>/index}. Each commit records the format and
 * the last change-log entry applied. On start an index that is missing, unreadable or of another
 * format is rebuilt from the database; otherwise it catches up from the change log. Changes are
 * applied by one thread at a time (the {@link IndexFollower}'s, once started): its methods that
 * write hold this object's lock, which nothing on a request's way takes.
 */
@Component
class SearchIndex implements DisposableBean {

    /** Raised whenever what is indexed, or how, changes: older indexes are then rebuilt. */
    static final String FORMAT = "mandato-search-5";
    private static final String FORMAT_KEY = "format";
    private static final String LAST_CHANGE_KEY = "lastChange";
    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final Path path;
    private final IndexContent content;
    private final ChangeLog changes;
    private FSDirectory directory;
    private IndexWriter writer;
    private volatile SearcherManager searchers;
    private volatile long lastApplied;
    /** True once the searchers hold a whole index: false before the first build of a new one completes. */
    private volatile boolean complete;
    /** While the index is rebuilt, searchers keep the last whole index instead of seeing the new one half built. */
    private volatile boolean rebuilding;
    /** Set when the application stops: a rebuild then gives up at its next batch instead of holding the stop for minutes. */
    private volatile boolean abandoning;
    /** Notified whenever a change is applied (see {@link #awaitApplied}); separate from this object's lock, which a rebuild holds. */
    private final Object applied = new Object();

    SearchIndex(@Value("${mandato.search.index-dir:${mandato.data-dir}/index}") String path, IndexContent content, ChangeLog changes) {
        this.path = Path.of(path);
        this.content = content;
        this.changes = changes;
    }

    /** Opens the index, rebuilding it when it cannot be trusted. */
    synchronized void open() {
        abandoning = false;
        try {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            Map<String, String> commit = readCommitData();
            boolean usable = commit != null && FORMAT.equals(commit.get(FORMAT_KEY));
            writer = new IndexWriter(directory, new IndexWriterConfig(Analyzers.perField())
                    .setOpenMode(usable ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE));
            searchers = new SearcherManager(writer, null);
            if (usable) {
                lastApplied = Long.parseLong(commit.getOrDefault(LAST_CHANGE_KEY, "0"));
                complete = true;
                announceApplied();
                catchUp();
            } else {
                log.info("Search index at {} is missing, unreadable or of an older format: rebuilding it", path);
                rebuild();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index at " + path, e);
        }
    }

    /** Applies the changes logged since the last one applied; cheap when there are none. */
    synchronized void catchUp() {
        if (writer == null) {
            return;
        }
        List<ChangeLog.Change> pending = changes.after(lastApplied);
        if (pending.isEmpty()) {
            return;
        }
        try {
            long last = pending.get(pending.size() - 1).id();
            if (pending.stream().anyMatch(c -> !c.entity().equals("report") && !c.entity().equals("national"))) {
                rebuildContent(last);
                return;
            }
            Map<String, ChangeLog.Change> changed = new LinkedHashMap<>();
            pending.forEach(change -> changed.put(change.entity() + ":" + change.entityId(), change));
            for (ChangeLog.Change change : changed.values()) {
                if (change.entity().equals("report")) {
                    writer.deleteDocuments(new Term(SearchFields.KEY, "report:" + change.entityId()));
                    content.report(change.entityId()).ifPresent(this::add);
                } else {
                    writer.deleteDocuments(new Term(SearchFields.NATIONAL_REPORT, String.valueOf(change.entityId())));
                    writer.addDocuments(content.nationalEntries(change.entityId()));
                }
            }
            commit(last);
            announceApplied();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void rebuild() {
        try {
            rebuildContent(changes.lastId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    IndexSearcher acquire() throws IOException {
        SearcherManager current = searchers;
        if (current == null || !complete) {
            throw new NotReady();
        }
        if (!rebuilding) {
            current.maybeRefresh();
        }
        return current.acquire();
    }

    /**
     * Whether searches can be answered: the index is open and has been built whole at least once.
     * False before the application is ready, during a first build and after shutdown began.
     */
    boolean isReady() {
        return searchers != null && complete;
    }

    /** The index cannot answer yet: it is being built for the first time (a new data folder, an upgrade), or is closed. */
    static final class NotReady extends IllegalStateException {
        NotReady() {
            super("the search index is being built and cannot answer yet");
        }
    }

    void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    long lastApplied() {
        return lastApplied;
    }

    /**
     * Waits until every change of the change log up to {@code changeId} is applied and searchable
     * here, for at most {@code timeout}; answers whether it is. For whoever must read what they
     * have just written (tests, above all): a commit only signals the {@link IndexFollower}.
     */
    boolean awaitApplied(long changeId, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (applied) {
            while (!(complete && lastApplied >= changeId)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(applied, left);
            }
            return true;
        }
    }

    /**
     * Asks a rebuild under way to give up at its next batch (the application is stopping): the
     * index on disk stays the last whole one, and the next start catches up from there.
     */
    void abandonRebuild() {
        abandoning = true;
    }

    /** A rebuild given up because the application is stopping; nothing of it was committed. */
    static final class RebuildAbandoned extends RuntimeException {
        RebuildAbandoned() {
            super("the search index rebuild was abandoned: the application is stopping", null, false, false);
        }
    }

    Path path() {
        return path;
    }

    /** Closes the index; a later {@link #open()} starts again from whatever is on disk. A rebuild under way gives up. */
    void close() throws IOException {
        abandonRebuild();
        closeAfterWork();
    }

    private synchronized void closeAfterWork() throws IOException {
        if (searchers != null) {
            searchers.close();
        }
        if (writer != null) {
            if (rebuilding) {
                // An unfinished rebuild must not be committed on close: the last whole index stays.
                writer.rollback();
            } else {
                writer.close();
            }
        }
        if (directory != null) {
            directory.close();
        }
        searchers = null;
        writer = null;
        directory = null;
        complete = false;
        rebuilding = false;
    }

    @Override
    public void destroy() throws IOException {
        close();
    }

    private void rebuildContent(long upTo) throws IOException {
        rebuilding = true;
        writer.deleteAll();
        writer.addDocuments(content.paragraphs());
        List<Long> ids = content.publishedReportIds();
        for (int from = 0; from < ids.size(); from += IndexContent.REPORT_BATCH) {
            if (abandoning) {
                throw new RebuildAbandoned();
            }
            writer.addDocuments(content.reports(ids.subList(from, Math.min(ids.size(), from + IndexContent.REPORT_BATCH))));
        }
        writer.addDocuments(content.nationalEntries());
        if (abandoning) {
            throw new RebuildAbandoned();
        }
        commit(upTo);
        complete = true;
        // Only once whole: after a failure the writer still holds the unfinished build, which the next
        // catch-up starts again (the change that asked for it is still pending); searchers never see it.
        rebuilding = false;
        announceApplied();
        log.info("Search index rebuilt: {} documents", writer.getDocStats().numDocs);
    }

    private void announceApplied() {
        synchronized (applied) {
            applied.notifyAll();
        }
    }

    private void add(org.apache.lucene.document.Document document) {
        try {
            writer.addDocument(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void commit(long last) throws IOException {
        Map<String, String> data = new HashMap<>();
        data.put(FORMAT_KEY, FORMAT);
        data.put(LAST_CHANGE_KEY, String.valueOf(last));
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        lastApplied = last;
        searchers.maybeRefreshBlocking();
    }

    /** The last commit's data, or null when there is no readable index. */
    private Map<String, String> readCommitData() {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return null;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return reader.getIndexCommit().getUserData();
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Search index at {} cannot be read ({}); it will be rebuilt", path, e.toString());
            wipe();
            return null;
        }
    }

    private void wipe() {
        try (Stream<Path> files = Files.list(path)) {
            List<Path> all = new ArrayList<>(files.toList());
            all.sort(Comparator.reverseOrder());
            for (Path file : all) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the unreadable search index at " + path, e);
        }
    }
}
