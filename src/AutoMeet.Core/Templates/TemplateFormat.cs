namespace AutoMeet.Templates;

/// <summary>Represents the format a template renders to, which decides how merged values are encoded.</summary>
public enum TemplateFormat
{
    /// <summary>Plain text (subjects, text bodies): values are written as they are.</summary>
    PlainText = 0,

    /// <summary>HTML bodies: every merged value is HTML-encoded; the template's own markup is kept.</summary>
    Html = 1,
}
