package org.kasang.catalogue;

public enum ItemType {
    LESSON, QUIZ
}
