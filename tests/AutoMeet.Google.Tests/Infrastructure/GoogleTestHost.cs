using System.Security.Cryptography;
using AutoMeet.Accounts;
using AutoMeet.Google.Tests.Fakes;
using AutoMeet.Security;
using AutoMeet.Storage;
using AutoMeet.Storage.Conformance.Tests.InMemory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace AutoMeet.Google.Tests.Infrastructure;

/// <summary>AutoMeet with the Google adapter aimed at a <see cref="FakeGoogleServer"/>, on the in-memory store.</summary>
internal sealed class GoogleTestHost : IAsyncDisposable
{
    public static readonly Uri RedirectUri = new("https://app.example.com/connect/google/callback");
    public static readonly UserId Owner = new("owner-1");

    private GoogleTestHost(ServiceProvider services) => Services = services;

    public ServiceProvider Services { get; }

    public static GoogleTestHost Create(FakeGoogleServer server, TimeProvider? time = null, Action<GoogleOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.Configure<SecretProtectionOptions>(o =>
        {
            o.Keys["test-1"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            o.ActiveKeyId = "test-1";
        });
        services.AddAutoMeet().AddGoogle(o =>
        {
            o.ClientId = FakeGoogleServer.ClientId;
            o.ClientSecret = FakeGoogleServer.ClientSecret;
            o.RedirectUri = RedirectUri;
            o.AuthorizationEndpoint = new Uri(server.BaseUri, "o/oauth2/v2/auth");
            o.TokenEndpoint = server.TokenEndpoint;
            o.RevokeEndpoint = new Uri(server.BaseUri, "revoke");
            o.GmailApiBaseUri = server.BaseUri;
            o.PeopleApiBaseUri = server.BaseUri;
            o.Push.CertificatesUrl = server.CertificatesUrl;
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(20);
            o.RequestTimeout = TimeSpan.FromSeconds(2);
            o.MaxRetryAfter = TimeSpan.FromSeconds(5);
            configure?.Invoke(o);
        });
        services.AddInMemoryAutoMeetStore();
        return new GoogleTestHost(services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }));
    }

    /// <summary>Runs a registered job once in its own scope, as the worker does.</summary>
    public async Task RunJobAsync(string name)
    {
        var job = Services.GetServices<AutoMeet.Work.IAutoMeetJob>().Single(j => j.Name == name);
        await using var scope = Services.CreateAsyncScope();
        await job.RunAsync(scope.ServiceProvider, CancellationToken.None);
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async Task<T> WithStoreAsync<T>(Func<IAutoMeetStore, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IAutoMeetStore>());
    }

    /// <summary>Stores a connected Google account with encrypted tokens, and makes the fake accept them.</summary>
    public async Task<MailboxAccount> SeedAccountAsync(FakeGoogleServer server, string accessToken = "ya29.seeded", Duration? expiresIn = null, string refreshToken = "1//seeded-refresh", string? email = null)
    {
        var protector = Get<ISecretProtector>();
        var clock = Get<IClock>();
        server.RegisterTokens(email ?? server.MailboxAddress, accessToken, refreshToken);
        var account = new MailboxAccount
        {
            OwnerId = Owner,
            Provider = MailProvider.Google,
            EmailAddress = email ?? server.MailboxAddress,
            DisplayName = "Ada Lovelace",
            Status = AccountStatus.Connected,
            Scopes = "openid email profile https://www.googleapis.com/auth/gmail.send https://www.googleapis.com/auth/gmail.readonly",
            AccessToken = protector.Protect(accessToken, "google.access-token"),
            AccessTokenExpiresAt = clock.GetCurrentInstant() + (expiresIn ?? Duration.FromHours(1)),
            RefreshToken = protector.Protect(refreshToken, "google.refresh-token"),
        };
        await WithStoreAsync(async s =>
        {
            await s.MailboxAccounts.AddAsync(account);
            return true;
        });
        return account;
    }

    public Task<MailboxAccount?> FindAccountAsync(Id<MailboxAccount> id) => WithStoreAsync(s => s.MailboxAccounts.FindAsync(id));

    public async ValueTask DisposeAsync() => await Services.DisposeAsync();
}
