package cn.shanghai.achievements.catalogue;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * A query whose matches score in a band of their own: {@code base + s / (s + 8)} for the wrapped query's score
 * {@code s}, so that every match of one tier scores in {@code [base, base + 1)}, in the order BM25 puts them, and a
 * tier with a higher base always outranks one with a lower, however high or low the BM25 scores run.
 */
final class TierScore extends Query {

    private static final float SATURATION = 8f;

    private final Query in;
    private final float base;

    TierScore(Query in, float base) {
        this.in = in;
        this.base = base;
    }

    /** The band a score falls in: its base. */
    static float band(float score) {
        return (float) (2 * Math.floor(score / 2));
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = in.rewrite(searcher);
        return rewritten == in ? this : new TierScore(rewritten, base);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight inner = in.createWeight(searcher, scoreMode, 1f);
        return new FilterWeight(this, inner) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                Scorer s = inner.scorer(context);
                return s == null ? null : new Banded(s, base);
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                Explanation e = inner.explain(context, doc);
                if (!e.isMatch()) {
                    return e;
                }
                float s = e.getValue().floatValue();
                return Explanation.match(base + s / (s + SATURATION), "band " + base + " of", e);
            }
        };
    }

    private static final class Banded extends FilterScorer {
        private final float base;

        Banded(Scorer in, float base) {
            super(in);
            this.base = base;
        }

        @Override
        public float score() throws IOException {
            float s = in.score();
            return base + s / (s + SATURATION);
        }

        @Override
        public float getMaxScore(int upTo) {
            return base + 1f;
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        in.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "band(" + base + ", " + in.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && base == ((TierScore) other).base && in.equals(((TierScore) other).in);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), in, base);
    }
}
