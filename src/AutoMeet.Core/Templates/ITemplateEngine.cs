using System.Diagnostics.CodeAnalysis;

namespace AutoMeet.Templates;

/// <summary>Compiles, validates and renders Liquid templates for outbound e-mail.</summary>
/// <remarks>Implementations are thread-safe; compiled templates are cached by source.</remarks>
public interface ITemplateEngine
{
    /// <summary>Parses a template.</summary>
    /// <param name="source">The Liquid source.</param>
    /// <param name="template">The compiled template, when it parses.</param>
    /// <param name="error">Why it does not parse (with line and column), otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the template parses.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    bool TryCompile(string source, [NotNullWhen(true)] out CompiledTemplate? template, [NotNullWhen(false)] out TemplateError? error);

    /// <summary>Renders a template for one model.</summary>
    /// <param name="template">The compiled template.</param>
    /// <param name="model">The data to merge.</param>
    /// <param name="format">Whether merged values are HTML-encoded.</param>
    /// <returns>The rendered text.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="TemplateRenderException">The render broke a limit (steps, recursion or output length).</exception>
    string Render(CompiledTemplate template, TemplateModel model, TemplateFormat format);

    /// <summary>Lists the required variables (used without a <c>default</c> filter) that are empty for each model.</summary>
    /// <param name="template">The compiled template.</param>
    /// <param name="models">The prospects' models.</param>
    /// <returns>One entry per model that lacks at least one required variable.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    IReadOnlyList<TemplateMissingVariables> FindMissingVariables(CompiledTemplate template, IEnumerable<TemplateModel> models);
}
