using IncidentIo.Simulator.Auth;
using IncidentIo.Simulator.Errors;
using IncidentIo.Simulator.RateLimiting;

namespace IncidentIo.Simulator.Faults;

/// <summary>Applies the injected latency and faults to API requests (the health route never reaches here).</summary>
internal sealed class FaultMiddleware(FaultInjector injector, int rateLimit)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (injector.Spec.Latency > TimeSpan.Zero)
        {
            await Task.Delay(injector.Spec.Latency, context.RequestAborted);
        }

        var decision = injector.Next(HttpMethods.IsPost(context.Request.Method));
        switch (decision.Kind)
        {
            case FaultKind.Drop:
                context.Abort();
                return;
            case FaultKind.TooManyRequests:
                var caller = BearerAuthMiddleware.Caller(context);
                await RateLimitMiddleware.TooManyRequests(caller.Name, rateLimit, TimeSpan.FromSeconds(1)).ExecuteAsync(context);
                return;
            case FaultKind.ServerError:
                await GatewayError(decision.Status).ExecuteAsync(context);
                return;
            case FaultKind.Stall:
                // The request is handled for real after the stall, even when the caller has given up
                // waiting: a write that times out on the client may still have been committed.
                await StallAsync(context, next, injector.Spec.StallFor);
                return;
            case FaultKind.CommitThenFail:
                await CommitThenFailAsync(context, next, decision);
                return;
            default:
                await next(context);
                return;
        }
    }

    // Reads the whole body first (a real server has it before it stalls), so the write survives the caller leaving.
    private static async Task StallAsync(HttpContext context, RequestDelegate next, TimeSpan stallFor)
    {
        var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        body.Position = 0;
        context.Request.Body = body;
        context.Response.RegisterForDispose(body);
        await Task.Delay(stallFor, CancellationToken.None);

        // The handler carries on whether or not the caller is still there; writing to a gone caller is harmless.
        context.RequestAborted = CancellationToken.None;
        await next(context);
    }

    // Runs the request for real (so a create is stored), then throws the reply away and fails instead.
    private static async Task CommitThenFailAsync(HttpContext context, RequestDelegate next, FaultDecision decision)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var committed = context.Response.StatusCode is >= 200 and < 300;
        if (committed && decision.Abort)
        {
            context.Abort();
            return;
        }

        if (committed)
        {
            context.Response.ContentLength = null;
            await GatewayError(decision.Status).ExecuteAsync(context);
            return;
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    // incident.io does not document gateway error bodies; the simulator answers in its usual error format.
    private static ApiError GatewayError(int status) => status switch
    {
        502 => new ApiError(status, "bad_gateway", [new ApiErrorDetail("bad_gateway", "Bad gateway (injected fault)")]),
        503 => new ApiError(status, "service_unavailable", [new ApiErrorDetail("service_unavailable", "Service unavailable (injected fault)")]),
        _ => new ApiError(status, "gateway_timeout", [new ApiErrorDetail("gateway_timeout", "Gateway timeout (injected fault)")]),
    };
}
