namespace AutoMeet.Templates;

/// <summary>Represents a variable a template uses, such as <c>prospect.first_name</c>.</summary>
/// <param name="Path">The dotted path.</param>
/// <param name="Required">Whether at least one use has no <c>default</c> filter, so an empty value shows as a gap.</param>
public sealed record TemplateVariable(string Path, bool Required);
