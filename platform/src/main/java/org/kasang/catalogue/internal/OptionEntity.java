package org.kasang.catalogue.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.kasang.catalogue.Text;

@Entity
@Table(name = "question_option")
public class OptionEntity implements CourseItemEntity {
    @Id
    private String id;
    private String questionId;
    private int position;
    @JdbcTypeCode(SqlTypes.JSON)
    private Text text;
    private boolean correct;
    @JdbcTypeCode(SqlTypes.JSON)
    private Text feedback;
    private boolean retired;

    protected OptionEntity() {
    }

    public OptionEntity(String id, String questionId) {
        this.id = id;
        this.questionId = questionId;
    }

    public String getId() { return id; }
    public String getQuestionId() { return questionId; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public Text getText() { return text; }
    public void setText(Text text) { this.text = text; }
    public boolean isCorrect() { return correct; }
    public void setCorrect(boolean correct) { this.correct = correct; }
    public Text getFeedback() { return feedback; }
    public void setFeedback(Text feedback) { this.feedback = feedback; }
    public boolean isRetired() { return retired; }
    public void setRetired(boolean retired) { this.retired = retired; }
}
