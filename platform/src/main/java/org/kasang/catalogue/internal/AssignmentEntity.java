package org.kasang.catalogue.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.kasang.catalogue.Text;

import java.util.List;

@Entity
@Table(name = "assignment")
public class AssignmentEntity implements CourseItemEntity {
    @Id
    private String id;
    private String courseId;
    private String moduleId;
    private int position;
    @JdbcTypeCode(SqlTypes.JSON)
    private Text title;
    @JdbcTypeCode(SqlTypes.JSON)
    private Text instructions;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<PackageManifest.Field> fields;
    @JdbcTypeCode(SqlTypes.JSON)
    private PackageManifest.Rubric rubric;
    private boolean retired;
    private String sourceFile;

    protected AssignmentEntity() {
    }

    public AssignmentEntity(String id, String courseId) {
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
    public Text getInstructions() { return instructions; }
    public void setInstructions(Text instructions) { this.instructions = instructions; }
    public List<PackageManifest.Field> getFields() { return fields; }
    public void setFields(List<PackageManifest.Field> fields) { this.fields = fields; }
    public PackageManifest.Rubric getRubric() { return rubric; }
    public void setRubric(PackageManifest.Rubric rubric) { this.rubric = rubric; }
    public String getSourceFile() { return sourceFile; }
    public void setSourceFile(String sourceFile) { this.sourceFile = sourceFile; }
    public boolean isRetired() { return retired; }
    public void setRetired(boolean retired) { this.retired = retired; }
}
