using AutoMeet.Sample.Web.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddSampleWebServices();

var app = builder.Build();
app.UseSampleWebPipeline();
app.MapSampleEndpoints();

await app.RunAsync();

/// <summary>The web sample's entry point; public so that tests can host it with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
