package org.kasang.common;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A page that starts at any row, not only at a multiple of its size: a list made of two parts (say, the CBOs
 * waiting for their coach, then all the others) asks its second part for rows from wherever the first ended.
 */
public record OffsetPage(long offset, int size, Sort sort) implements Pageable {

    public OffsetPage {
        if (offset < 0 || size < 1) {
            throw new IllegalArgumentException("offset " + offset + ", size " + size);
        }
    }

    public static OffsetPage of(long offset, int size) {
        return new OffsetPage(offset, size, Sort.unsorted());
    }

    @Override
    public int getPageNumber() {
        return (int) (offset / size);
    }

    @Override
    public int getPageSize() {
        return size;
    }

    @Override
    public long getOffset() {
        return offset;
    }

    @Override
    public Sort getSort() {
        return sort;
    }

    @Override
    public Pageable next() {
        return new OffsetPage(offset + size, size, sort);
    }

    @Override
    public Pageable previousOrFirst() {
        return new OffsetPage(Math.max(0, offset - size), size, sort);
    }

    @Override
    public Pageable first() {
        return new OffsetPage(0, size, sort);
    }

    @Override
    public Pageable withPage(int pageNumber) {
        return new OffsetPage((long) pageNumber * size, size, sort);
    }

    @Override
    public boolean hasPrevious() {
        return offset > 0;
    }
}
