package org.kasang.catalogue.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.kasang.catalogue.QuestionKind;
import org.kasang.catalogue.Text;

@Entity
@Table(name = "question")
public class QuestionEntity implements CourseItemEntity {
    @Id
    private String id;
    private String quizId;
    private int position;
    @Enumerated(EnumType.STRING)
    private QuestionKind kind;
    @JdbcTypeCode(SqlTypes.JSON)
    private Text prompt;
    private boolean retired;

    protected QuestionEntity() {
    }

    public QuestionEntity(String id, String quizId) {
        this.id = id;
        this.quizId = quizId;
    }

    public String getId() { return id; }
    public String getQuizId() { return quizId; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public QuestionKind getKind() { return kind; }
    public void setKind(QuestionKind kind) { this.kind = kind; }
    public Text getPrompt() { return prompt; }
    public void setPrompt(Text prompt) { this.prompt = prompt; }
    public boolean isRetired() { return retired; }
    public void setRetired(boolean retired) { this.retired = retired; }
}
