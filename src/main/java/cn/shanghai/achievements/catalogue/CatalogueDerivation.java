package cn.shanghai.achievements.catalogue;

/**
 * Something a feature derives from each release (its representations), computed when the release's read model is
 * built, before it is served: implement it as a bean, and keep the result with {@link Catalogue#derived}.
 */
public interface CatalogueDerivation {

    void prepare(Catalogue catalogue);
}
