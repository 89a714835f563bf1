package io.remo.shopping.batch;

import io.remo.imaging.GrayImage;
import io.remo.imaging.ImageCodec;
import io.remo.imaging.RgbImage;
import io.remo.natives.api.TextEmbeddings;
import io.remo.pipeline.batch.PipelineObjects;
import io.remo.pipeline.batch.RunJobReporter;
import io.remo.pipeline.batch.StoredAnalysis;
import io.remo.pipeline.engine.JobControl;
import io.remo.shopping.api.ShoppingInput;
import io.remo.shopping.api.ShoppingPipeline;
import io.remo.shopping.design.DesignItem;
import io.remo.shopping.design.DesignItemFinder;
import io.remo.shopping.fit.FitChecker;
import io.remo.shopping.list.CurrencyConversion;
import io.remo.shopping.list.ShoppingList;
import io.remo.shopping.list.ShoppingListAssembler;
import io.remo.shopping.matching.ProductMatcher;
import io.remo.storage.api.ObjectStore;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the steps of one shopping-list run hand each other, in memory; a step restarted on a node that does not
 * have it (after a crash) recomputes it, every step being deterministic.
 */
@ApplicationScoped
public class ShoppingWorkspace {

    @EJB(lookup = ShoppingPipeline.JNDI_NAME)
    ShoppingPipeline pipeline;

    @EJB(lookup = ObjectStore.JNDI_NAME)
    ObjectStore objectStore;

    @Inject
    CatalogIndex catalog;

    @Inject
    TextEmbeddings embeddings;

    @Inject
    @ConfigProperty(name = "remo.pipeline.max-pixels", defaultValue = "50000000")
    long maxPixels;

    @Inject
    @ConfigProperty(name = "remo.shopping.display-currency", defaultValue = "USD")
    String displayCurrency;

    @Inject
    @ConfigProperty(name = "remo.shopping.rate-from-sar", defaultValue = "0.26666667")
    BigDecimal rateFromSar;

    private final Map<UUID, Work> works = new ConcurrentHashMap<>();

    /** One run's intermediate results. */
    public static final class Work {
        volatile ShoppingInput input;
        volatile byte[] designJpeg;
        volatile List<DesignItem> items;
        volatile ShoppingList list;
    }

    /** Step 1: the items of the design (analysis regions, brief, revisions' instructions). */
    public synchronized Work found(UUID runId, UUID projectId, UUID imageId, JobControl control) {
        Work work = works.computeIfAbsent(runId, id -> new Work());
        if (work.items == null) {
            ShoppingInput input = pipeline.input(projectId, imageId);
            control.progress(0.2, "looking at your design");
            byte[] jpeg = fetch(input.imageKey());
            RgbImage design = ImageCodec.decode(jpeg, maxPixels);
            GrayImage labels = StoredAnalysis.segmentation(input.analysisPrefix(), this::fetch, maxPixels);
            String roomType = StoredAnalysis.roomType(input.analysisPrefix(), this::fetch);
            control.progress(0.6, "finding the furniture");
            work.items = new DesignItemFinder().find(design, labels, input.brief(), roomType, input.room(),
                    input.instructions());
            // the PDF embeds a JPEG; a revised design is stored as PNG
            work.designJpeg = jpeg.length > 1 && (jpeg[0] & 0xFF) == 0xFF && (jpeg[1] & 0xFF) == 0xD8 ? jpeg
                    : ImageCodec.encodeJpeg(design, 90);
            work.input = input;
        }
        return work;
    }

    /** Step 2: products matched, fitted, priced and grouped. */
    public Work matched(UUID runId, UUID projectId, UUID imageId, JobControl control) {
        Work work = found(runId, projectId, imageId, JobControl.NONE);
        if (work.list == null) {
            control.progress(0.1, "searching the catalogue");
            var matcher = new ProductMatcher(catalog.index(), embeddings::embed);
            var assembler = new ShoppingListAssembler(matcher, new FitChecker(),
                    new CurrencyConversion("SAR", displayCurrency, rateFromSar),
                    ShoppingListAssembler.DEFAULT_SHOW_PRODUCT_AT_LEAST,
                    ShoppingListAssembler.DEFAULT_MAX_ALTERNATIVE_CONFIDENCE_DROP);
            work.list = assembler.assemble(work.items, work.input.brief(), work.input.room());
        }
        return work;
    }

    void release(@Observes RunJobReporter.RunEnded ended) {
        works.remove(ended.runId());
    }

    private byte[] fetch(String key) {
        return PipelineObjects.get(objectStore, key, "DESIGN_DATA_MISSING", "missing from storage: " + key);
    }
}
