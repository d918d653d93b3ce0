namespace AutoMeet.Templates;

/// <summary>Represents one render model that lacks values for required template variables.</summary>
/// <param name="Model">The model (prospect) concerned.</param>
/// <param name="Variables">The required variables that are empty for it.</param>
public sealed record TemplateMissingVariables(TemplateModel Model, IReadOnlyList<string> Variables);
