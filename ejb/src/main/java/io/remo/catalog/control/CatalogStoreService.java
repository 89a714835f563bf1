package io.remo.catalog.control;

import io.remo.catalog.api.CatalogRow;
import io.remo.catalog.api.CatalogStore;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Stateless
@Local(CatalogStore.class)
public class CatalogStoreService implements CatalogStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public Map<String, String> fingerprints(String retailer) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select source_id, content_hash || '/' || embedding_recipe "
                + "from catalog_products where retailer = ?1").setParameter(1, retailer).getResultList();
        Map<String, String> fingerprints = new HashMap<>();
        rows.forEach(r -> fingerprints.put((String) r[0], (String) r[1]));
        return fingerprints;
    }

    @Override
    public void upsert(List<CatalogRow> rows) {
        Timestamp now = Timestamp.from(clock.instant());
        for (CatalogRow row : rows) {
            em.createNativeQuery("insert into catalog_products (retailer, source_id, name, price_minor, currency, product, "
                            + "content_hash, embedding, embedding_recipe, updated_at) values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb), "
                            + "?7, cast(?8 as real[]), ?9, ?10) on conflict (retailer, source_id) do update set name = excluded.name, "
                            + "price_minor = excluded.price_minor, currency = excluded.currency, product = excluded.product, "
                            + "content_hash = excluded.content_hash, embedding = excluded.embedding, "
                            + "embedding_recipe = excluded.embedding_recipe, updated_at = excluded.updated_at")
                    .setParameter(1, row.retailer()).setParameter(2, row.sourceId()).setParameter(3, row.name())
                    .setParameter(4, row.priceMinor()).setParameter(5, row.currency()).setParameter(6, row.productJson())
                    .setParameter(7, row.contentHash()).setParameter(8, arrayLiteral(row.embedding()))
                    .setParameter(9, row.embeddingRecipe()).setParameter(10, now)
                    .executeUpdate();
        }
    }

    @Override
    public List<CatalogRow> all() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select retailer, source_id, name, price_minor, currency, "
                + "cast(product as text), content_hash, cast(embedding as text), embedding_recipe from catalog_products "
                + "order by retailer, source_id").getResultList();
        return rows.stream().map(r -> new CatalogRow((String) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).longValue(), (String) r[4], (String) r[5], (String) r[6], parseArray((String) r[7]),
                (String) r[8])).toList();
    }

    @Override
    public long version() {
        Object[] row = (Object[]) em.createNativeQuery("select count(*), coalesce(extract(epoch from max(updated_at)), 0) "
                + "from catalog_products").getSingleResult();
        return ((Number) row[0]).longValue() * 1_000_003L + ((Number) row[1]).longValue();
    }

    static String arrayLiteral(float[] values) {
        StringBuilder literal = new StringBuilder(values.length * 10).append('{');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                literal.append(',');
            }
            literal.append(values[i]);
        }
        return literal.append('}').toString();
    }

    static float[] parseArray(String literal) {
        String body = literal.substring(1, literal.length() - 1);
        if (body.isEmpty()) {
            return new float[0];
        }
        String[] parts = body.split(",");
        float[] values = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Float.parseFloat(parts[i]);
        }
        return values;
    }
}
