using Fluid;

namespace AutoMeet.Templates;

/// <summary>Represents a parsed template, ready to render many times, with the variables it uses.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CompiledTemplate
{
    internal CompiledTemplate(string source, IFluidTemplate template, IReadOnlyList<TemplateVariable> variables)
    {
        Source = source;
        Template = template;
        Variables = variables;
    }

    /// <summary>Gets the template's source.</summary>
    public string Source { get; }

    /// <summary>Gets the variables the template uses, in order of first use.</summary>
    public IReadOnlyList<TemplateVariable> Variables { get; }

    internal IFluidTemplate Template { get; }
}
