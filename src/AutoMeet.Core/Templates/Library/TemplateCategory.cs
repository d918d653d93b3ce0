namespace AutoMeet.Templates.Library;

/// <summary>Represents the categories of the template library.</summary>
public enum TemplateCategory
{
    /// <summary>A first e-mail to a new prospect.</summary>
    Intro = 0,

    /// <summary>A follow-up in the same thread.</summary>
    FollowUp = 1,

    /// <summary>The last e-mail of a sequence.</summary>
    BreakUp = 2,

    /// <summary>Asking for a meeting.</summary>
    Meeting = 3,

    /// <summary>Asking to be pointed to the right person.</summary>
    Referral = 4,

    /// <summary>Answering a prospect's reply in the thread (objections, questions, referral thanks, a courteous close).</summary>
    Response = 5,
}
