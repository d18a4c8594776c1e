package org.kasang.catalogue.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.kasang.catalogue.Text;

@Entity
@Table(name = "course_module")
public class ModuleEntity implements CourseItemEntity {
    @Id
    private String id;
    private String courseId;
    private int position;
    @JdbcTypeCode(SqlTypes.JSON)
    private Text title;
    private boolean retired;

    protected ModuleEntity() {
    }

    public ModuleEntity(String id, String courseId) {
        this.id = id;
        this.courseId = courseId;
    }

    public String getId() { return id; }
    public String getCourseId() { return courseId; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public Text getTitle() { return title; }
    public void setTitle(Text title) { this.title = title; }
    public boolean isRetired() { return retired; }
    public void setRetired(boolean retired) { this.retired = retired; }
}
