package org.kasang.catalogue.internal;

/** Anything in a package with a stable id that a new version may retire. */
public interface CourseItemEntity {
    String getId();

    void setRetired(boolean retired);
}
