package org.kasang.catalogue.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.kasang.catalogue.Text;

@Entity
@Table(name = "quiz")
public class QuizEntity implements CourseItemEntity {
    @Id
    private String id;
    private String courseId;
    private String moduleId;
    private int position;
    @JdbcTypeCode(SqlTypes.JSON)
    private Text title;
    private int passMark;
    private Integer attemptsAllowed;
    private String sourceFile;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private org.kasang.catalogue.ItemType role = org.kasang.catalogue.ItemType.QUIZ;
    private String pairsWith;
    private boolean retired;

    protected QuizEntity() {
    }

    public QuizEntity(String id, String courseId) {
        this.id = id;
        this.courseId = courseId;
    }

    public String getId() { return id; }
    public String getCourseId() { return courseId; }
    public String getModuleId() { return moduleId; }
    public void setModuleId(String moduleId) { this.moduleId = moduleId; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public Text getTitle() { return title; }
    public void setTitle(Text title) { this.title = title; }
    public int getPassMark() { return passMark; }
    public void setPassMark(int passMark) { this.passMark = passMark; }
    public Integer getAttemptsAllowed() { return attemptsAllowed; }
    public void setAttemptsAllowed(Integer attemptsAllowed) { this.attemptsAllowed = attemptsAllowed; }
    /** QUIZ, or PRE_TEST for a quiz taken before a module's lessons. */
    public org.kasang.catalogue.ItemType getRole() { return role; }
    public void setRole(org.kasang.catalogue.ItemType role) { this.role = role; }
    public String getPairsWith() { return pairsWith; }
    public void setPairsWith(String pairsWith) { this.pairsWith = pairsWith; }
    public String getSourceFile() { return sourceFile; }
    public void setSourceFile(String sourceFile) { this.sourceFile = sourceFile; }
    public boolean isRetired() { return retired; }
    public void setRetired(boolean retired) { this.retired = retired; }
}
