package be.eloket.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The rows of a PrimeFaces lazy table, one page at a time from a boundary: the database pages and
 * counts, the view never holds more than the page it shows. The functions close over the view's
 * own filter; the table's column sorting and filtering are not used.
 */
public class PagedRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** The rows from {@code first}, at most {@code pageSize} of them. */
    @FunctionalInterface
    public interface Page<T> extends Serializable {
        List<T> rows(int first, int pageSize);
    }

    /** How many rows there are in all. */
    @FunctionalInterface
    public interface Count extends Serializable {
        long rows();
    }

    /** What tells one row from the others, for the table's row keys. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Page<T> page;
    private final Count count;
    private final Key<T> key;

    public PagedRows(Page<T> page, Count count, Key<T> key) {
        this.page = page;
        this.count = count;
        this.key = key;
    }

    /**
     * Rows for a page that keeps no state between requests, whose rows hold nothing a request
     * sends back (text and plain links). On a postback PrimeFaces reads the page of a lazy table
     * that has none yet before anything else, so that it can decode inputs in the rows
     * ({@code DataTable.processChildren}); on a page without state that is every filter and every
     * "Volgende", and it reads the list as it was before the request, its count included, only to
     * read it again as the request leaves it before the table renders. Starting with an empty
     * page spares the first read (benchmark P2, docs/benchmarks.md).
     */
    public static <T> PagedRows<T> withoutInputs(Page<T> page, Count count, Key<T> key) {
        PagedRows<T> rows = new PagedRows<>(page, count, key);
        rows.setWrappedData(List.of());
        return rows;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(count.rows());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.rows(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }

    /** Only the page on screen can hold the row of a key that comes back from it. */
    @Override
    public T getRowData(String rowKey) {
        List<T> shown = getWrappedData();
        return shown == null ? null
                : shown.stream().filter(row -> Objects.equals(getRowKey(row), rowKey)).findFirst().orElse(null);
    }
}
