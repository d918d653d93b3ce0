using AutoMeet.Replies;

namespace AutoMeet.Core.Tests.Replies.Evaluation;

/// <summary>One labelled reply of the evaluation set.</summary>
/// <remarks><see cref="Split"/> is <c>dev</c> (tuned on), <c>holdout</c> (every fourth case, not tuned on) or <c>fresh</c>
/// (written after the lexicons were frozen, not tuned on).</remarks>
internal sealed record EvaluationCase(string Id, string Language, string Split, ReplyInput Input, ReplyLabel Label, ObjectionType? Objection);
