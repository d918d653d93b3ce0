using AutoMeet.Replies;
using AutoMeet.Replies.Ai;
using AutoMeet.Replies.Offline;
using AutoMeet.Sample.Worker;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OllamaSharp;

namespace AutoMeet.Samples.Tests.Worker;

/// <summary>The <c>AutoMeet:Ai:Provider</c> setting selects the chat client; nothing here touches the network.</summary>
public sealed class SampleChatClientTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "automeet-ai-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private IHost Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection(settings);
        return SampleWorker.CreateBuilder([], new HostApplicationBuilderSettings
        {
            ContentRootPath = Directory.CreateDirectory(_root).FullName,
            Configuration = configuration,
        }).Build();
    }

    [Fact]
    public void CreateBuilder_NoProvider_RegistersNoChatClientAndUsesTheOfflineClassifier()
    {
        using var host = Build([]);

        Assert.Null(host.Services.GetService<IChatClient>());
        Assert.IsType<OfflineReplyClassifier>(host.Services.GetRequiredService<IReplyClassifier>());
    }

    [Fact]
    public void CreateBuilder_Gemini_UsesTheOpenAiCompatibleEndpoint()
    {
        using var host = Build(new()
        {
            ["AutoMeet:Ai:Provider"] = "Gemini",
            ["AutoMeet:Ai:ApiKey"] = "test-key",
            ["AutoMeet:Ai:ModelId"] = "gemini-2.5-flash-lite",
            ["AutoMeet:Ai:Timeout"] = "00:00:20",
        });

        var client = host.Services.GetRequiredService<IChatClient>();
        var metadata = client.GetService<ChatClientMetadata>();

        Assert.Equal("Microsoft.Extensions.AI.OpenAI", client.GetType().Assembly.GetName().Name);
        Assert.NotNull(metadata);
        Assert.Equal(new Uri(Sample.Hosting.SampleChatClients.GeminiEndpoint), metadata.ProviderUri);
        Assert.Equal("gemini-2.5-flash-lite", metadata.DefaultModelId);
        Assert.IsType<AiReplyClassifier>(host.Services.GetRequiredService<IReplyClassifier>());
        Assert.IsType<AiAvailabilityExtractor>(host.Services.GetRequiredService<IAvailabilityExtractor>());
        Assert.Equal(TimeSpan.FromSeconds(20), host.Services.GetRequiredService<IOptions<AiReplyOptions>>().Value.Timeout);
    }

    [Fact]
    public void CreateBuilder_Ollama_UsesTheLocalServerByDefault()
    {
        using var host = Build(new() { ["AutoMeet:Ai:Provider"] = "ollama" });

        var client = Assert.IsType<OllamaApiClient>(host.Services.GetRequiredService<IChatClient>());

        Assert.Equal(new Uri("http://localhost:11434"), client.Uri);
        Assert.Equal("llama3.2", client.SelectedModel);
        Assert.IsType<AiReplyClassifier>(host.Services.GetRequiredService<IReplyClassifier>());
    }

    [Fact]
    public void CreateBuilder_OllamaWithEmptySettings_UsesTheDefaults()
    {
        using var host = Build(new() { ["AutoMeet:Ai:Provider"] = "Ollama", ["AutoMeet:Ai:ModelId"] = "", ["AutoMeet:Ai:Endpoint"] = " " });

        var client = Assert.IsType<OllamaApiClient>(host.Services.GetRequiredService<IChatClient>());

        Assert.Equal(new Uri("http://localhost:11434"), client.Uri);
        Assert.Equal("llama3.2", client.SelectedModel);
    }

    [Fact]
    public void CreateBuilder_ProviderButAiDisabled_UsesTheOfflineClassifier()
    {
        using var host = Build(new() { ["AutoMeet:Ai:Provider"] = "Ollama", ["AutoMeet:Ai:Enabled"] = "false" });

        Assert.IsType<OfflineReplyClassifier>(host.Services.GetRequiredService<IReplyClassifier>());
    }

    [Fact]
    public void CreateBuilder_GeminiWithoutApiKey_FailsNamingTheKey()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new() { ["AutoMeet:Ai:Provider"] = "Gemini" }).Dispose());

        Assert.Contains("AutoMeet:Ai:ApiKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateBuilder_UnknownProvider_FailsNamingTheValue()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new() { ["AutoMeet:Ai:Provider"] = "Clippy" }).Dispose());

        Assert.Contains("'Clippy'", error.Message, StringComparison.Ordinal);
    }
}
