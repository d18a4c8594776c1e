package org.kasang.catalogue.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.kasang.catalogue.Text;

@Entity
@Table(name = "lesson")
public class LessonEntity implements CourseItemEntity {
    @Id
    private String id;
    private String courseId;
    private String moduleId;
    private int position;
    @JdbcTypeCode(SqlTypes.JSON)
    private Text title;
    /** Markdown per language. */
    @JdbcTypeCode(SqlTypes.JSON)
    private Text body;
    private int estimatedMinutes;
    private String sourceFile;
    @JdbcTypeCode(SqlTypes.JSON)
    private java.util.List<String> handouts = java.util.List.of();
    @JdbcTypeCode(SqlTypes.JSON)
    private java.util.Map<String, String> audio = java.util.Map.of();
    private boolean retired;

    protected LessonEntity() {
    }

    public LessonEntity(String id, String courseId) {
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
    public Text getBody() { return body; }
    public void setBody(Text body) { this.body = body; }
    public int getEstimatedMinutes() { return estimatedMinutes; }
    public void setEstimatedMinutes(int estimatedMinutes) { this.estimatedMinutes = estimatedMinutes; }
    public java.util.List<String> getHandouts() { return handouts; }
    public void setHandouts(java.util.List<String> handouts) { this.handouts = handouts == null ? java.util.List.of() : handouts; }
    public java.util.Map<String, String> getAudio() { return audio; }
    public void setAudio(java.util.Map<String, String> audio) { this.audio = audio == null ? java.util.Map.of() : audio; }
    public String getSourceFile() { return sourceFile; }
    public void setSourceFile(String sourceFile) { this.sourceFile = sourceFile; }
    public boolean isRetired() { return retired; }
    public void setRetired(boolean retired) { this.retired = retired; }
}
