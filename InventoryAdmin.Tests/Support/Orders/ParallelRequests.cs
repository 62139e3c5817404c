using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InventoryAdmin.Identity;

namespace InventoryAdmin.Tests.Support.Orders;

/// <summary>
/// Real HTTP clients against the app's Kestrel port, and a way to fire many requests at the same moment: every
/// request waits at one gate, the gate opens, and they all go out together.
/// </summary>
internal static class ParallelRequests
{
    public sealed record Reply(HttpStatusCode Status, JsonElement Body);

    public sealed record Run(IReadOnlyList<Reply> Replies, int MaxInFlight);

    /// <summary>A plain <see cref="HttpClient"/> (sockets, no test server) sending the API key.</summary>
    public static HttpClient Client(Uri baseAddress, string apiKey)
    {
        var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(3) };
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, apiKey);
        return client;
    }

    /// <summary>
    /// POSTs every body to <paramref name="path"/> at once, spread over the clients; returns the replies in the order
    /// of the bodies and the most requests that were in flight together.
    /// </summary>
    public static async Task<Run> PostTogetherAsync(IReadOnlyList<HttpClient> clients, string path, IReadOnlyList<object> bodies)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var inFlight = 0;
        var maxInFlight = 0;
        var requests = bodies.Select((body, i) => Task.Run(async () =>
        {
            await gate.Task;
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref maxInFlight, now);
            try
            {
                using var response = await clients[i % clients.Count].PostAsJsonAsync(path, body);
                var text = await response.Content.ReadAsStringAsync();
                return new Reply(response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
            }
            finally
            {
                Interlocked.Decrement(ref inFlight);
            }
        })).ToList();

        gate.SetResult();
        var replies = await Task.WhenAll(requests);
        return new Run(replies, maxInFlight);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen)
        {
            var previous = Interlocked.CompareExchange(ref target, value, seen);
            if (previous == seen) return;
            seen = previous;
        }
    }
}
