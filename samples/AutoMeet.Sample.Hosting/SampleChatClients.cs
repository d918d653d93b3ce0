using System.ClientModel;
using AutoMeet.Replies.Ai;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OllamaSharp;
using OpenAI;

namespace AutoMeet.Sample.Hosting;

/// <summary>
/// Registers an <see cref="IChatClient"/> from the <c>AutoMeet:Ai</c> section, so that AutoMeet reads replies with a
/// model: <c>Provider</c> = <c>Gemini</c> (Google's OpenAI-compatible endpoint, <c>ApiKey</c> required) or <c>Ollama</c>
/// (a local server); <c>None</c> (the default) registers nothing and the offline classifier answers alone.
/// No network call is made until a reply is classified.
/// </summary>
public static class SampleChatClients
{
    /// <summary>Gemini's OpenAI-compatible endpoint.</summary>
    public const string GeminiEndpoint = "https://generativelanguage.googleapis.com/v1beta/openai/";

    /// <summary>The default model on Gemini.</summary>
    public const string GeminiDefaultModel = "gemini-2.5-flash";

    /// <summary>The default local Ollama server.</summary>
    public const string OllamaEndpoint = "http://localhost:11434";

    /// <summary>The default model on Ollama.</summary>
    public const string OllamaDefaultModel = "llama3.2";

    /// <summary>Binds <see cref="AiReplyOptions"/> to <c>AutoMeet:Ai</c> and registers the configured provider's chat client.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The host configuration.</param>
    /// <returns>The same services, for chaining.</returns>
    /// <exception cref="InvalidOperationException"><c>AutoMeet:Ai:Provider</c> is unknown, or Gemini has no <c>ApiKey</c>.</exception>
    public static IServiceCollection AddSampleChatClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(AiReplyOptions.SectionName);
        services.Configure<AiReplyOptions>(section);
        var provider = section["Provider"];
        var model = section[nameof(AiReplyOptions.ModelId)];
        var endpoint = string.IsNullOrWhiteSpace(section["Endpoint"]) ? null : section["Endpoint"];
        switch (provider?.Trim().ToUpperInvariant())
        {
            case null or "" or "NONE":
                return services;
            case "GEMINI":
                var apiKey = section["ApiKey"];
                if (string.IsNullOrWhiteSpace(apiKey))
                {
                    throw new InvalidOperationException($"{AiReplyOptions.SectionName}:ApiKey is required when {AiReplyOptions.SectionName}:Provider is Gemini.");
                }

                services.AddSingleton(_ => Gemini(apiKey, string.IsNullOrWhiteSpace(model) ? GeminiDefaultModel : model, endpoint ?? GeminiEndpoint));
                return services;
            case "OLLAMA":
                services.AddSingleton<IChatClient>(_ => new OllamaApiClient(new Uri(endpoint ?? OllamaEndpoint), string.IsNullOrWhiteSpace(model) ? OllamaDefaultModel : model));
                return services;
            default:
                throw new InvalidOperationException($"{AiReplyOptions.SectionName}:Provider '{provider}' is not supported; use None, Gemini or Ollama.");
        }
    }

    private static IChatClient Gemini(string apiKey, string model, string endpoint) =>
        new OpenAIClient(new ApiKeyCredential(apiKey), new OpenAIClientOptions { Endpoint = new Uri(endpoint) })
            .GetChatClient(model)
            .AsIChatClient();
}
