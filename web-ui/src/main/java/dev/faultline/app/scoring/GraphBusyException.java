package dev.faultline.app.scoring;

/** Work on the graph was asked for while other work holds it ({@link GraphWork}); nothing was started. */
public final class GraphBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient GraphWork.Holder holder;

    GraphBusyException(GraphWork.Holder holder) {
        super(holder.reason());
        this.holder = holder;
    }

    /** The work that holds the graph. */
    public GraphWork.Holder holder() {
        return holder;
    }
}
