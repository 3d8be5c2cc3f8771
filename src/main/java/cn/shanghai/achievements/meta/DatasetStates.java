package cn.shanghai.achievements.meta;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The dataset state as other features see it: locked for a seed write, or read. */
@ApplicationScoped
public class DatasetStates {

    @Inject
    DatasetStateRepository repository;

    /** The state row, locked until the surrounding transaction ends. */
    public DatasetState lockForWrite() {
        return repository.lock();
    }

    public DatasetState current() {
        return repository.current();
    }
}
