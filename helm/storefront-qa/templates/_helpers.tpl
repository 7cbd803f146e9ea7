{{/*
Names. Kubernetes names are DNS labels: at most 63 characters, so every name is truncated there
and a trailing "-" left by the cut is removed.
*/}}
{{- define "storefront-qa.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Fully qualified app name: the release name, unless it already contains the chart name.
*/}}
{{- define "storefront-qa.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
A component's name: "<fullname>-<component>", the fullname shortened first so that the
component suffix always survives the 63-character limit (names stay distinct per component).
Call with (dict "ctx" $ "component" "orchestrator").
*/}}
{{- define "storefront-qa.componentName" -}}
{{- $suffix := printf "-%s" .component }}
{{- $base := include "storefront-qa.fullname" .ctx | trunc (int (sub 63 (len $suffix))) | trimSuffix "-" }}
{{- printf "%s%s" $base $suffix }}
{{- end }}

{{- define "storefront-qa.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Standard labels (https://kubernetes.io/docs/concepts/overview/working-with-objects/common-labels/).
Call with (dict "ctx" $ "component" "orchestrator").
*/}}
{{- define "storefront-qa.labels" -}}
helm.sh/chart: {{ include "storefront-qa.chart" .ctx }}
{{ include "storefront-qa.selectorLabels" . }}
app.kubernetes.io/version: {{ .ctx.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .ctx.Release.Service }}
app.kubernetes.io/part-of: storefront-qa
{{- with .ctx.Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/*
Selector labels: stable across upgrades (a Deployment's selector is immutable), so no version.
*/}}
{{- define "storefront-qa.selectorLabels" -}}
app.kubernetes.io/name: {{ include "storefront-qa.name" .ctx }}
app.kubernetes.io/instance: {{ .ctx.Release.Name }}
{{- with .component }}
app.kubernetes.io/component: {{ . }}
{{- end }}
{{- end }}

{{- define "storefront-qa.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "storefront-qa.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
An image reference: registry/repository:tag, or @digest when a digest is given.
Call with (dict "ctx" $ "image" .Values.orchestrator.image).
*/}}
{{- define "storefront-qa.image" -}}
{{- $registry := default .ctx.Values.global.imageRegistry .image.registry }}
{{- $repo := .image.repository }}
{{- if $registry }}{{ $repo = printf "%s/%s" $registry $repo }}{{ end }}
{{- if .image.digest }}
{{- printf "%s@%s" $repo .image.digest }}
{{- else }}
{{- printf "%s:%s" $repo (default .ctx.Chart.AppVersion .image.tag) }}
{{- end }}
{{- end }}

{{- define "storefront-qa.imagePullSecrets" -}}
{{- with .Values.global.imagePullSecrets }}
imagePullSecrets:
{{- range . }}
  - name: {{ . }}
{{- end }}
{{- end }}
{{- end }}

{{/* Pod-level and container-level security contexts shared by every pod of the chart. */}}
{{- define "storefront-qa.podSecurityContext" -}}
{{- toYaml .Values.podSecurityContext }}
{{- end }}

{{- define "storefront-qa.containerSecurityContext" -}}
{{- toYaml .Values.containerSecurityContext }}
{{- end }}

{{/*
The topics the system owns (services/contracts Topics.java) and whether each is compacted.
storefront.questions.v1 and qa.generation.results.v1 must have the same partition count (the
orchestrator's readiness checks it); the chart gives every topic topics.partitions.
*/}}
{{- define "storefront-qa.topicList" -}}
storefront.questions.v1: delete
storefront.questions.dlq.v1: delete
storefront.answers.v1: delete
qa.shop-policies.v1: compact
qa.generation.requests.v1: delete
qa.generation.results.v1: delete
qa.moderation.v1: delete
qa.review.tasks.v1: delete
qa.review.decisions.v1: delete
{{- end }}

{{/*
Kafka client settings every service needs beyond the bootstrap servers, as "name=value" lines of
standard client property names. The SASL password is never a value: the JAAS line refers to the
environment variables that the pods take from the operator's Secret.
*/}}
{{- define "storefront-qa.kafkaClientProperties" -}}
{{- $k := .Values.kafka }}
{{- $protocol := "PLAINTEXT" }}
{{- if and $k.tls.enabled $k.sasl.enabled }}{{ $protocol = "SASL_SSL" }}
{{- else if $k.tls.enabled }}{{ $protocol = "SSL" }}
{{- else if $k.sasl.enabled }}{{ $protocol = "SASL_PLAINTEXT" }}
{{- end }}
security.protocol={{ $protocol }}
{{- if $k.tls.enabled }}
{{- if $k.tls.caSecret.name }}
ssl.truststore.type=PEM
ssl.truststore.location=/etc/storefront-qa/kafka-ca/{{ $k.tls.caSecret.key }}
{{- end }}
{{- end }}
{{- if $k.sasl.enabled }}
sasl.mechanism={{ $k.sasl.mechanism }}
{{- $module := "org.apache.kafka.common.security.scram.ScramLoginModule" }}
{{- if eq $k.sasl.mechanism "PLAIN" }}{{ $module = "org.apache.kafka.common.security.plain.PlainLoginModule" }}{{ end }}
sasl.jaas.config={{ $module }} required username="${KAFKA_SASL_USERNAME}" password="${KAFKA_SASL_PASSWORD}";
{{- end }}
{{- end }}

{{/* Environment variables and volumes for the Kafka connection (SASL secret, CA bundle). */}}
{{- define "storefront-qa.kafkaEnv" -}}
{{- if .Values.kafka.sasl.enabled }}
- name: KAFKA_SASL_USERNAME
  valueFrom:
    secretKeyRef:
      name: {{ .Values.kafka.sasl.existingSecret }}
      key: {{ .Values.kafka.sasl.usernameKey }}
- name: KAFKA_SASL_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ .Values.kafka.sasl.existingSecret }}
      key: {{ .Values.kafka.sasl.passwordKey }}
{{- end }}
{{- end }}

{{- define "storefront-qa.kafkaVolumeMounts" -}}
{{- if and .Values.kafka.tls.enabled .Values.kafka.tls.caSecret.name }}
- name: kafka-ca
  mountPath: /etc/storefront-qa/kafka-ca
  readOnly: true
{{- end }}
{{- end }}

{{- define "storefront-qa.kafkaVolumes" -}}
{{- if and .Values.kafka.tls.enabled .Values.kafka.tls.caSecret.name }}
- name: kafka-ca
  secret:
    secretName: {{ .Values.kafka.tls.caSecret.name }}
    items:
      - key: {{ .Values.kafka.tls.caSecret.key }}
        path: {{ .Values.kafka.tls.caSecret.key }}
{{- end }}
{{- end }}

{{/*
Environment shared by every service container: JVM options (javaOpts, then extraJavaOpts), the
pod's identity and tracing (Quarkus OpenTelemetry: the SDK stays disabled unless tracing.enabled).
Call with (dict "ctx" $ "values" .Values.orchestrator).
*/}}
{{- define "storefront-qa.commonEnv" -}}
- name: JAVA_OPTS
  value: {{ trim (printf "%s %s" .values.javaOpts (default "" .values.extraJavaOpts)) | quote }}
- name: POD_NAME
  valueFrom:
    fieldRef:
      fieldPath: metadata.name
{{- $t := .ctx.Values.tracing }}
- name: QUARKUS_OTEL_SDK_DISABLED
  value: {{ ternary "false" "true" $t.enabled | quote }}
{{- if $t.enabled }}
- name: QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT
  value: {{ $t.otlpEndpoint | quote }}
{{- end }}
{{- end }}

{{/*
Render a "key=value" properties block from a map, sorted by key (stable checksums).
*/}}
{{- define "storefront-qa.properties" -}}
{{- range $key, $value := . }}
{{ $key }}={{ $value }}
{{- end }}
{{- end }}

{{/* The health probes of a Quarkus service (SmallRye Health on the http port). */}}
{{- define "storefront-qa.probes" -}}
{{- $p := .probes }}
startupProbe:
  httpGet:
    path: {{ $p.startup.path }}
    port: http
  periodSeconds: {{ $p.startup.periodSeconds }}
  timeoutSeconds: {{ $p.startup.timeoutSeconds }}
  failureThreshold: {{ $p.startup.failureThreshold }}
readinessProbe:
  httpGet:
    path: /q/health/ready
    port: http
  periodSeconds: {{ $p.readiness.periodSeconds }}
  timeoutSeconds: {{ $p.readiness.timeoutSeconds }}
  failureThreshold: {{ $p.readiness.failureThreshold }}
livenessProbe:
  httpGet:
    path: /q/health/live
    port: http
  periodSeconds: {{ $p.liveness.periodSeconds }}
  timeoutSeconds: {{ $p.liveness.timeoutSeconds }}
  failureThreshold: {{ $p.liveness.failureThreshold }}
{{- end }}

{{/* Scheduling fields shared by every workload. Call with the component's values. */}}
{{- define "storefront-qa.scheduling" -}}
{{- with .priorityClassName }}
priorityClassName: {{ . }}
{{- end }}
{{- with .nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .affinity }}
affinity:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .topologySpreadConstraints }}
topologySpreadConstraints:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end }}

{{/*
Checks across values that a JSON schema cannot express; each stops the render with the fix.
*/}}
{{- define "storefront-qa.validate" -}}
{{- $partitions := int .Values.topics.partitions }}
{{- if and .Values.orchestrator.enabled (gt (int .Values.orchestrator.replicas) $partitions) }}
{{- fail (printf "orchestrator.replicas=%d exceeds topics.partitions=%d: a Kafka Streams instance without a partition sits idle; lower the replicas or raise the partitions" (int .Values.orchestrator.replicas) $partitions) }}
{{- end }}
{{- if .Values.replyWorker.enabled }}
{{- if gt (int .Values.replyWorker.replicas) $partitions }}
{{- fail (printf "replyWorker.replicas=%d exceeds topics.partitions=%d (qa.generation.requests.v1): extra workers would get no partition" (int .Values.replyWorker.replicas) $partitions) }}
{{- end }}
{{- if and .Values.replyWorker.keda.enabled (gt (int .Values.replyWorker.keda.maxReplicas) $partitions) }}
{{- fail (printf "replyWorker.keda.maxReplicas=%d exceeds topics.partitions=%d (qa.generation.requests.v1): a worker beyond the partition count gets no work" (int .Values.replyWorker.keda.maxReplicas) $partitions) }}
{{- end }}
{{- if and .Values.replyWorker.keda.enabled (gt (int .Values.replyWorker.keda.minReplicas) (int .Values.replyWorker.keda.maxReplicas)) }}
{{- fail "replyWorker.keda.minReplicas must not exceed replyWorker.keda.maxReplicas" }}
{{- end }}
{{- end }}
{{- if and (eq .Values.topics.management "strimzi") (not .Values.topics.strimzi.clusterName) }}
{{- fail "topics.management=strimzi needs topics.strimzi.clusterName (the Kafka resource the Topic Operator watches)" }}
{{- end }}
{{- end }}

{{/* Egress rules every pod needs: DNS, and the Kafka brokers. */}}
{{- define "storefront-qa.egressDnsKafka" -}}
{{- $np := .Values.networkPolicy }}
- to:
    {{- toYaml $np.dnsPeers | nindent 4 }}
  ports:
    - port: 53
      protocol: UDP
    - port: 53
      protocol: TCP
- {{- with $np.kafkaPeers }}
  to:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  ports:
    {{- range $np.kafkaPorts }}
    - port: {{ . }}
      protocol: TCP
    {{- end }}
{{- end }}
