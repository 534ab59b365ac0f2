using CrampInfo.Tests.Infrastructure;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace CrampInfo.Tests.Deployment;

/// <summary>
/// No cluster runs here, so the shipped docker-compose.yml and Kubernetes manifest are read and checked for
/// what running CrampInfo safely needs: replicas, probes on /healthz, a read-only root file system, a
/// non-root user with no privileges, resource limits, a writable /tmp only, and a Service.
/// </summary>
public sealed class DeploymentFilesTests
{
    const int AppUid = 1654; // the "app" user of the .NET base images

    static List<Dictionary<object, object>> ReadAll(string path)
    {
        var deserializer = new DeserializerBuilder().Build();
        var parser = new Parser(new StringReader(File.ReadAllText(path)));
        parser.Consume<StreamStart>();
        var documents = new List<Dictionary<object, object>>();
        while (parser.Accept<DocumentStart>(out _))
            documents.Add(deserializer.Deserialize<Dictionary<object, object>>(parser));
        return documents;
    }

    static object? At(object? node, params object[] path)
    {
        foreach (var step in path)
        {
            node = (node, step) switch
            {
                (Dictionary<object, object> map, string key) => map.GetValueOrDefault(key),
                (List<object> list, int index) => index < list.Count ? list[index] : null,
                _ => null,
            };
        }
        return node;
    }

    static string? Text(object? node, params object[] path) => At(node, path)?.ToString();

    static List<object> List(object? node, params object[] path) => At(node, path) as List<object> ?? [];

    [Fact]
    public void The_Kubernetes_deployment_runs_two_hardened_replicas_with_probes_limits_and_a_tmp_volume()
    {
        var documents = ReadAll(Repo.File("deploy", "kubernetes.yaml"));
        var deployment = documents.Single(d => Text(d, "kind") == "Deployment");

        Assert.Equal("apps/v1", Text(deployment, "apiVersion"));
        Assert.Equal("2", Text(deployment, "spec", "replicas"));
        var pod = At(deployment, "spec", "template", "spec");
        Assert.Equal("true", Text(pod, "securityContext", "runAsNonRoot"));
        Assert.Equal(AppUid.ToString(), Text(pod, "securityContext", "runAsUser"));

        var container = At(pod, "containers", 0);
        Assert.Equal("8080", Text(container, "ports", 0, "containerPort"));
        foreach (var probe in new[] { "readinessProbe", "livenessProbe" })
        {
            Assert.Equal("/healthz", Text(container, probe, "httpGet", "path"));
            var port = Text(container, probe, "httpGet", "port");
            Assert.True(port == "8080" || port == Text(container, "ports", 0, "name"), $"{probe} port {port}");
        }

        var security = At(container, "securityContext");
        Assert.Equal("true", Text(security, "readOnlyRootFilesystem"));
        Assert.Equal("false", Text(security, "allowPrivilegeEscalation"));
        Assert.Equal("true", Text(security, "runAsNonRoot"));
        Assert.Equal(AppUid.ToString(), Text(security, "runAsUser"));
        Assert.Equal(["ALL"], List(security, "capabilities", "drop").Select(c => c.ToString()));

        foreach (var kind in new[] { "requests", "limits" })
        foreach (var resource in new[] { "cpu", "memory" })
            Assert.False(string.IsNullOrEmpty(Text(container, "resources", kind, resource)), $"resources.{kind}.{resource}");

        // The only writable place is /tmp, an emptyDir.
        var mount = List(container, "volumeMounts").Single();
        Assert.Equal("/tmp", Text(mount, "mountPath"));
        var volume = List(pod, "volumes").Single(v => Text(v, "name") == Text(mount, "name"));
        Assert.NotNull(At(volume, "emptyDir"));
    }

    [Fact]
    public void The_Kubernetes_service_selects_the_deployment_pods_and_targets_their_port()
    {
        var documents = ReadAll(Repo.File("deploy", "kubernetes.yaml"));
        var deployment = documents.Single(d => Text(d, "kind") == "Deployment");
        var service = documents.Single(d => Text(d, "kind") == "Service");

        var podLabels = (Dictionary<object, object>)At(deployment, "spec", "template", "metadata", "labels")!;
        var selector = (Dictionary<object, object>)At(service, "spec", "selector")!;
        Assert.NotEmpty(selector);
        Assert.All(selector, pair => Assert.Equal(pair.Value, podLabels.GetValueOrDefault(pair.Key)));
        Assert.Equal(selector, (Dictionary<object, object>)At(deployment, "spec", "selector", "matchLabels")!);

        var target = Text(service, "spec", "ports", 0, "targetPort");
        var container = At(deployment, "spec", "template", "spec", "containers", 0);
        Assert.True(target == "8080" || target == Text(container, "ports", 0, "name"), $"targetPort {target}");
    }

    [Fact]
    public void Docker_compose_runs_the_image_read_only_as_non_root_with_a_tmpfs_health_check_and_limits()
    {
        var compose = ReadAll(Repo.File("docker-compose.yml")).Single();
        var service = At(compose, "services", "crampinfo");

        Assert.Equal(".", Text(service, "build"));
        Assert.Equal("true", Text(service, "read_only"));
        Assert.Equal(["/tmp"], List(service, "tmpfs").Select(t => t.ToString()));
        Assert.Equal(AppUid.ToString(), Text(service, "user"));
        Assert.Equal(["ALL"], List(service, "cap_drop").Select(c => c.ToString()));
        Assert.Contains("no-new-privileges:true", List(service, "security_opt").Select(o => o.ToString()));
        Assert.EndsWith(":8080", Text(service, "ports", 0));
        Assert.Equal(["CMD", "/app/CrampInfo.Web", "--health-check"], List(service, "healthcheck", "test").Select(t => t.ToString()));
        Assert.False(string.IsNullOrEmpty(Text(service, "deploy", "resources", "limits", "memory")));
        Assert.False(string.IsNullOrEmpty(Text(service, "deploy", "resources", "limits", "cpus")));
        Assert.Null(At(service, "volumes")); // nothing to mount: the database is in the image
    }

    [Fact]
    public void The_Dockerfile_runs_as_the_app_user_on_8080_with_an_exec_form_health_check()
    {
        var lines = File.ReadAllLines(Repo.File("Dockerfile")).Select(l => l.Trim()).ToList();

        Assert.Contains("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build", lines);
        Assert.Contains("FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final", lines);
        Assert.Contains("USER $APP_UID", lines);
        Assert.Contains("EXPOSE 8080", lines);
        Assert.Contains("CMD [\"/app/CrampInfo.Web\", \"--health-check\"]", lines);
        Assert.Contains("ENTRYPOINT [\"/app/CrampInfo.Web\"]", lines);
        // Restore comes before the sources are copied, so its layer is reused.
        Assert.True(lines.FindIndex(l => l.StartsWith("RUN dotnet restore")) < lines.FindIndex(l => l.StartsWith("COPY src/CrampInfo.Web/ ")));
        Assert.Contains(lines, l => l.Contains("--prepare-database"));
    }
}
