namespace AutoMeet.Templates;

/// <summary>The exception thrown when a render breaks a template limit (steps, recursion or output length).</summary>
public sealed class TemplateRenderException : AutoMeetException
{
    /// <summary>Initializes a new instance of the <see cref="TemplateRenderException"/> class.</summary>
    public TemplateRenderException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="TemplateRenderException"/> class with a message.</summary>
    /// <param name="message">Which limit was broken.</param>
    public TemplateRenderException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="TemplateRenderException"/> class with a message and a cause.</summary>
    /// <param name="message">Which limit was broken.</param>
    /// <param name="innerException">The underlying failure.</param>
    public TemplateRenderException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
