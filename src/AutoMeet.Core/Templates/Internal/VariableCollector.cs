using System.Text;
using Fluid.Ast;

namespace AutoMeet.Templates.Internal;

/// <summary>Walks a parsed template and lists the member paths it reads, noting which uses have a <c>default</c> filter.</summary>
internal sealed class VariableCollector : AstVisitor
{
    private readonly HashSet<MemberExpression> _defaulted = new(ReferenceEqualityComparer.Instance);
    private readonly List<string> _order = [];
    private readonly Dictionary<string, bool> _required = new(StringComparer.Ordinal);

    public IReadOnlyList<TemplateVariable> Variables =>
        _order.Select(path => new TemplateVariable(path, _required[path])).ToArray();

    protected override Expression VisitFilterExpression(FilterExpression filterExpression)
    {
        ArgumentNullException.ThrowIfNull(filterExpression);
        if (string.Equals(filterExpression.Name, "default", StringComparison.Ordinal))
        {
            var input = filterExpression.Input;
            while (input is FilterExpression inner)
            {
                input = inner.Input;
            }

            if (input is MemberExpression member)
            {
                _defaulted.Add(member);
            }
        }

        return base.VisitFilterExpression(filterExpression);
    }

    protected override Expression VisitMemberExpression(MemberExpression memberExpression)
    {
        ArgumentNullException.ThrowIfNull(memberExpression);
        var path = new StringBuilder();
        foreach (var segment in memberExpression.Segments)
        {
            if (segment is not IdentifierSegment identifier)
            {
                break;
            }

            if (path.Length > 0)
            {
                path.Append('.');
            }

            path.Append(identifier.Identifier);
        }

        if (path.Length > 0)
        {
            var key = path.ToString();
            var required = !_defaulted.Contains(memberExpression);
            if (_required.TryGetValue(key, out var was))
            {
                _required[key] = was || required;
            }
            else
            {
                _order.Add(key);
                _required[key] = required;
            }
        }

        return base.VisitMemberExpression(memberExpression);
    }
}
