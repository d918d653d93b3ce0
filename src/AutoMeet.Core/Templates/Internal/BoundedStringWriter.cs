using System.Globalization;

namespace AutoMeet.Templates.Internal;

/// <summary>A string writer that refuses to grow past a length, so a template cannot produce unbounded output.</summary>
internal sealed class BoundedStringWriter(int maxLength) : StringWriter(CultureInfo.InvariantCulture)
{
    public override void Write(char value)
    {
        Check(1);
        base.Write(value);
    }

    public override void Write(string? value)
    {
        Check(value?.Length ?? 0);
        base.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        Check(count);
        base.Write(buffer, index, count);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Check(buffer.Length);
        base.Write(buffer);
    }

    private void Check(int adding)
    {
        if (GetStringBuilder().Length + adding > maxLength)
        {
            throw new TemplateRenderException($"The rendered output is longer than the limit of {maxLength} characters (AutoMeet:Templates:MaxOutputLength).");
        }
    }
}
