package org.kasang.catalogue.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.kasang.catalogue.CompletionRule;
import org.kasang.catalogue.Text;

import java.time.Instant;

@Entity
@Table(name = "course")
public class CourseEntity {
    @Id
    private String id;
    private int version;
    private String contentHash;
    private String languages;
    @JdbcTypeCode(SqlTypes.JSON)
    private Text title;
    @JdbcTypeCode(SqlTypes.JSON)
    private Text summary;
    private String topic;
    private String audience;
    private int estimatedMinutes;
    @Enumerated(EnumType.STRING)
    private CompletionRule completionRule;
    @JdbcTypeCode(SqlTypes.JSON)
    private java.util.Map<String, String> translationNotes = java.util.Map.of();
    private boolean published = true;
    private Instant importedAt;

    protected CourseEntity() {
    }

    public CourseEntity(String id) {
        this.id = id;
    }

    public String getId() { return id; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public String getContentHash() { return contentHash; }
    public void setContentHash(String contentHash) { this.contentHash = contentHash; }
    public String getLanguages() { return languages; }
    public void setLanguages(String languages) { this.languages = languages; }
    public Text getTitle() { return title; }
    public void setTitle(Text title) { this.title = title; }
    public Text getSummary() { return summary; }
    public void setSummary(Text summary) { this.summary = summary; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getAudience() { return audience; }
    public void setAudience(String audience) { this.audience = audience; }
    public int getEstimatedMinutes() { return estimatedMinutes; }
    public void setEstimatedMinutes(int estimatedMinutes) { this.estimatedMinutes = estimatedMinutes; }
    public CompletionRule getCompletionRule() { return completionRule; }
    public void setCompletionRule(CompletionRule completionRule) { this.completionRule = completionRule; }
    public boolean isPublished() { return published; }
    public void setPublished(boolean published) { this.published = published; }
    public java.util.Map<String, String> getTranslationNotes() { return translationNotes; }
    public void setTranslationNotes(java.util.Map<String, String> notes) { this.translationNotes = notes == null ? java.util.Map.of() : notes; }
    public Instant getImportedAt() { return importedAt; }
    public void setImportedAt(Instant importedAt) { this.importedAt = importedAt; }
}
