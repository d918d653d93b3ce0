namespace AutoMeet.Replies;

/// <summary>The reason behind an <see cref="ReplyLabel.Objection"/> reply.</summary>
public enum ObjectionType
{
    /// <summary><c>timing</c>: later, "not now", "ping me in Q3".</summary>
    Timing = 0,

    /// <summary><c>budget</c>: no money, too expensive.</summary>
    Budget = 1,

    /// <summary><c>authority</c>: not the decision maker, and no one named.</summary>
    Authority = 2,

    /// <summary><c>competitor</c>: already uses or is contracted to another vendor.</summary>
    Competitor = 3,

    /// <summary><c>need</c>: does not have the problem.</summary>
    Need = 4,

    /// <summary><c>trust</c>: credibility, data safety or vendor viability.</summary>
    Trust = 5,
}
