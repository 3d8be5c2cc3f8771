package cn.shanghai.achievements.meta;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The dataset state row. */
@ApplicationScoped
public class DatasetStateRepository implements PanacheRepositoryBase<DatasetState, Integer> {

    /** The state row, locked until the transaction ends, so that concurrent loaders take turns. */
    public DatasetState lock() {
        // plain FOR UPDATE: the same row lock on PostgreSQL and on H2 (Hibernate's PostgreSQL form, FOR NO KEY UPDATE,
        // is not H2's)
        getEntityManager()
                .createNativeQuery("select id from dataset_state where id = " + DatasetState.ID + " for update")
                .getSingleResult();
        DatasetState state = findById(DatasetState.ID);
        getEntityManager().refresh(state);
        return state;
    }

    public DatasetState current() {
        return findById(DatasetState.ID);
    }

    /** Counts for /meta: milestones, institution links, citations and indicators. */
    public long[] factCounts() {
        long milestones = getEntityManager()
                .createQuery("select count(m) from Milestone m", Long.class)
                .getSingleResult();
        long links = getEntityManager()
                .createQuery("select count(l) from AchievementInstitution l", Long.class)
                .getSingleResult();
        long citations = getEntityManager()
                        .createQuery("select count(c) from Milestone m join m.citations c", Long.class)
                        .getSingleResult()
                + getEntityManager()
                        .createQuery("select count(c) from AchievementInstitution l join l.citations c", Long.class)
                        .getSingleResult();
        long indicators = getEntityManager()
                .createQuery("select count(i) from Indicator i", Long.class)
                .getSingleResult();
        citations += getEntityManager()
                .createQuery("select count(c) from Indicator i join i.citations c", Long.class)
                .getSingleResult();
        return new long[] {milestones, links, citations, indicators};
    }
}
