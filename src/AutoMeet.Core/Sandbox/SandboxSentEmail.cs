using AutoMeet.Messaging;

namespace AutoMeet.Sandbox;

/// <summary>Represents an e-mail the sandbox mailbox sent, with what it recorded.</summary>
/// <param name="Email">The e-mail as requested.</param>
/// <param name="Result">What the sandbox returned for it.</param>
public sealed record SandboxSentEmail(OutgoingEmail Email, SentEmail Result);
