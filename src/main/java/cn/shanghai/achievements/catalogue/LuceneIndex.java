package cn.shanghai.achievements.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.StringHelper;

/**
 * An in-memory Lucene index of one kind of record, written once for a release and never changed. Documents carry the
 * record's position in the release's list (its ord), so that whatever Lucene does with document numbers, results
 * come back as positions into the records the read model holds.
 */
final class LuceneIndex {

    static final String ORD = "ord";
    /** The writer's buffer: a sixth of the heap, so that a large release is written in few segments. */
    private static final double RAM_BUFFER_MB =
            Math.max(16, Math.min(256, Runtime.getRuntime().maxMemory() / 6 / (1 << 20)));

    private final IndexSearcher searcher;
    private final int[] docToOrd;
    private final int[] ordToDoc;

    private LuceneIndex(IndexSearcher searcher, int[] docToOrd, int[] ordToDoc) {
        this.searcher = searcher;
        this.docToOrd = docToOrd;
        this.ordToDoc = ordToDoc;
    }

    /** Makes the index of a kind of record: in memory, or kept on disk ({@link IndexHome}). */
    interface Builder {
        LuceneIndex build(String name, int n, IntFunction<Document> document);

        Builder IN_MEMORY = (name, n, document) -> LuceneIndex.build(n, document);
    }

    /** Indexes n records, the i-th as {@code document.apply(i)}, in memory. */
    static LuceneIndex build(int n, IntFunction<Document> document) {
        // each file one heap buffer: reads slice one buffer instead of a list of small blocks
        ByteBuffersDirectory dir = new ByteBuffersDirectory(
                new SingleInstanceLockFactory(), ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
        write(dir, n, document);
        return open(dir, n);
    }

    /**
     * The index of n records kept in a directory of its own on local disk: opened (memory-mapped, off the heap) if a
     * complete one is there, else written there first. Several processes may race to write it: each writes beside it
     * and moves its copy in whole; the first in wins and the others open it.
     */
    static LuceneIndex kept(Path home, int n, IntFunction<Document> document) {
        try {
            if (!Files.isRegularFile(home.resolve(COMPLETE))) {
                Files.createDirectories(home.getParent());
                Path staging = Files.createTempDirectory(home.getParent(), home.getFileName() + ".writing-");
                try (FSDirectory dir = FSDirectory.open(staging)) {
                    write(dir, n, document);
                }
                Files.writeString(staging.resolve(COMPLETE), Integer.toString(n));
                try {
                    Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException raced) {
                    if (!Files.isRegularFile(home.resolve(COMPLETE))) {
                        throw raced;
                    }
                    IndexHome.delete(staging);
                }
            }
            return open(new MMapDirectory(home), n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String COMPLETE = "complete";

    private static void write(Directory dir, int n, IntFunction<Document> document) {
        // no merges while documents come in (they would compete with the analysis for the cores): segments are
        // flushed large and merged once at the end
        LogDocMergePolicy merges = new LogDocMergePolicy();
        merges.setMergeFactor(1000);
        IndexWriterConfig config = new IndexWriterConfig(TextFields.INDEX)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setMergePolicy(merges)
                .setCommitOnClose(true);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            // documents analysed on every core (the writer takes them concurrently, the ord says which is which)
            IntStream.range(0, n).parallel().forEach(i -> {
                Document d = document.apply(i);
                d.add(new NumericDocValuesField(ORD, i));
                try {
                    writer.addDocument(d);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LuceneIndex open(Directory dir, int n) {
        try {
            DirectoryReader reader = DirectoryReader.open(dir);
            if (reader.numDocs() != n) {
                throw new IllegalStateException("the index holds " + reader.numDocs() + " records, not " + n);
            }
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setQueryCache(null);
            int[] docToOrd = new int[reader.maxDoc()];
            int[] ordToDoc = new int[n];
            for (LeafReaderContext leaf : reader.leaves()) {
                NumericDocValues ords = leaf.reader().getNumericDocValues(ORD);
                for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                    ords.advanceExact(d);
                    int ord = (int) ords.longValue();
                    docToOrd[leaf.docBase + d] = ord;
                    ordToDoc[ord] = leaf.docBase + d;
                }
            }
            return new LuceneIndex(searcher, docToOrd, ordToDoc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    int size() {
        return ordToDoc.length;
    }

    /** How many records the query matches. */
    int count(Query query) {
        try {
            return searcher.count(query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds the terms of a field within {@code maxEdits} edits of a word (transpositions one edit) that start with the
     * word's first character, each with the number of records holding it. The terms of that first character are
     * walked in order and measured directly: cheaper than building a Levenshtein automaton for every word asked,
     * which at a query that found nothing cost more than the search itself.
     */
    void near(String field, String word, int maxEdits, Map<String, Long> found) {
        if (word.isEmpty()) {
            return;
        }
        int[] target = word.codePoints().toArray();
        BytesRef prefix = new BytesRef(new String(target, 0, 1));
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Terms terms = leaf.reader().terms(field);
                if (terms == null) {
                    continue;
                }
                TermsEnum te = terms.iterator();
                if (te.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
                    continue;
                }
                for (BytesRef t = te.term(); t != null && StringHelper.startsWith(t, prefix); t = te.next()) {
                    // a term of b bytes has between b / 4 and b code points: most are too short or long to measure
                    if (t.length < target.length - maxEdits || t.length > 4 * (target.length + maxEdits)) {
                        continue;
                    }
                    String term = t.utf8ToString();
                    if (Typos.withinEdits(target, term, maxEdits)) {
                        found.merge(term, (long) te.docFreq(), Long::sum);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ords of every record the query matches. */
    FixedBitSet matching(Query query) {
        try {
            return searcher.search(query, new BitsetCollector(docToOrd, ordToDoc.length));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ords of the best {@code n} matches in the given order, and how many match in all. */
    Ranked top(Query query, Sort sort, int n) {
        try {
            TopDocs top = sort == null
                    ? searcher.search(query, new TopScoreDocCollectorManager(Math.max(1, n), Integer.MAX_VALUE))
                    : searcher.search(query, new TopFieldCollectorManager(sort, Math.max(1, n), Integer.MAX_VALUE));
            int[] ords = new int[Math.min(n, top.scoreDocs.length)];
            for (int i = 0; i < ords.length; i++) {
                ords[i] = docToOrd[top.scoreDocs[i].doc];
            }
            return new Ranked(ords, top.totalHits.value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ords and scores of the best {@code n} matches by score, and how many match in all. */
    Scored topScored(Query query, int n) {
        try {
            TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(Math.max(1, n), Integer.MAX_VALUE));
            int[] ords = new int[Math.min(n, top.scoreDocs.length)];
            float[] scores = new float[ords.length];
            for (int i = 0; i < ords.length; i++) {
                ords[i] = docToOrd[top.scoreDocs[i].doc];
                scores[i] = top.scoreDocs[i].score;
            }
            return new Scored(ords, scores, top.totalHits.value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ords with their scores, best first, and the total number of matches. */
    record Scored(int[] ords, float[] scores, long total) {}

    /** Where a query matches records, the query rewritten once for all of them (a page of hits). */
    Matcher matcher(Query query) {
        try {
            return new Matcher(searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where one query matches one record after another. */
    final class Matcher {
        private final Weight weight;

        private Matcher(Weight weight) {
            this.weight = weight;
        }

        /** Per field, the positions and offsets of each match in the record; null if it does not match. */
        Matches at(int ord) {
            try {
                int doc = ordToDoc[ord];
                List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                return weight.matches(leaf, doc - leaf.docBase);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Ords in rank order, and the total number of matches. */
    record Ranked(int[] ords, long total) {}

    /** Collects matching documents as a bit set of ords. */
    private static final class BitsetCollector implements CollectorManager<Collector, FixedBitSet> {
        private final int[] docToOrd;
        private final int size;
        private final List<FixedBitSet> parts = new ArrayList<>();

        BitsetCollector(int[] docToOrd, int size) {
            this.docToOrd = docToOrd;
            this.size = size;
        }

        @Override
        public Collector newCollector() {
            FixedBitSet bits = new FixedBitSet(Math.max(1, size));
            synchronized (parts) {
                parts.add(bits);
            }
            return new Collector() {
                @Override
                public LeafCollector getLeafCollector(LeafReaderContext context) {
                    int base = context.docBase;
                    return new LeafCollector() {
                        @Override
                        public void setScorer(Scorable scorer) {}

                        @Override
                        public void collect(int doc) {
                            bits.set(docToOrd[base + doc]);
                        }
                    };
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            };
        }

        @Override
        public FixedBitSet reduce(Collection<Collector> collectors) {
            FixedBitSet all = new FixedBitSet(Math.max(1, size));
            parts.forEach(all::or);
            return all;
        }
    }
}
