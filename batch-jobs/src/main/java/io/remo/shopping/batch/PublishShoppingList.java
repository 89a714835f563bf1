package io.remo.shopping.batch;

import io.remo.pipeline.batch.PipelineObjects;
import io.remo.pipeline.batch.RunContext;
import io.remo.shopping.api.ShoppingListView;
import io.remo.shopping.api.ShoppingPipeline;
import io.remo.shopping.catalog.Dimensions;
import io.remo.shopping.document.ShoppingListPdf;
import io.remo.shopping.list.ShoppingList;
import io.remo.storage.api.ObjectStore;
import io.remo.storage.api.ProjectObjects;
import io.remo.pipeline.batch.PipelineBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;

/** Step 3: the PDF to the object store, the list to the database, and the phone told. */
@Dependent
@Named("publishShoppingList")
public class PublishShoppingList extends PipelineBatchlet {

    @Inject
    RunContext run;

    @Inject
    ShoppingWorkspace workspace;

    @EJB(lookup = ShoppingPipeline.JNDI_NAME)
    ShoppingPipeline pipeline;

    @EJB(lookup = ObjectStore.JNDI_NAME)
    ObjectStore objectStore;

    @Override
    protected String work() {
        var control = run.control();
        var work = workspace.matched(run.runId(), run.projectId(), UUID.fromString(run.jobProperty("imageId")),
                io.remo.pipeline.engine.JobControl.NONE);
        byte[] pdf = new ShoppingListPdf().render(work.designJpeg, work.input.brief(), work.list);
        String pdfKey = ProjectObjects.prefix(run.projectId()) + "shopping/shopping-list.pdf";
        PipelineObjects.put(objectStore, pdfKey, pdf, "application/pdf");
        control.progress(0.6, "saving your list");
        run.flushProgress(); // the publication ends the run: no progress event may follow it
        pipeline.publish(run.runId(), run.projectId(), UUID.fromString(run.jobProperty("imageId")), view(work.list), pdfKey);
        control.progress(1, "your shopping list is ready");
        return "PUBLISHED";
    }

    static ShoppingListView view(ShoppingList list) {
        return new ShoppingListView(list.groups().stream().map(g -> new ShoppingListView.Group(g.category(),
                g.items().stream().map(i -> new ShoppingListView.Item(i.itemDescription(), i.productName(), i.retailer(),
                        i.priceCents(), i.currency(), i.sourcePriceCents(), i.sourceCurrency(), i.productUrl(),
                        i.imageUrl(), size(i.dimensions()), i.confidenceScore(), i.whyMatched(), i.fitStatus(),
                        i.fitDetail(), i.searchFallbackUrl())).toList())).toList(),
                list.totalEstimatedCost(), list.currency());
    }

    private static ShoppingListView.Size size(Dimensions dimensions) {
        return dimensions == null || dimensions.isUnknown() ? null
                : new ShoppingListView.Size(dimensions.widthCm(), dimensions.depthCm(), dimensions.heightCm(), "cm");
    }
}
