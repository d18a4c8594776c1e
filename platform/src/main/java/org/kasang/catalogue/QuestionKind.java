package org.kasang.catalogue;

public enum QuestionKind {
    SINGLE, MULTIPLE, TRUE_FALSE
}
