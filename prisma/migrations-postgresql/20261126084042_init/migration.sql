-- CreateTable
CREATE TABLE "Dataset" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "itemCount" INTEGER NOT NULL DEFAULT 0,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Dataset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BenchmarkItem" (
    "id" TEXT NOT NULL,
    "datasetId" TEXT NOT NULL,
    "problemType" TEXT NOT NULL,
    "context" TEXT,
    "prompt" TEXT NOT NULL,
    "options" JSONB,
    "answer" TEXT NOT NULL,
    "reference" TEXT,
    "taskType" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "subjectType" JSONB NOT NULL,
    "benchmarkName" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "mcqaMeta" TEXT,
    "originalCategory" TEXT,
    "additionalInfo" TEXT,
    "split" TEXT NOT NULL DEFAULT 'test',

    CONSTRAINT "BenchmarkItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ItemSubject" (
    "itemId" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "coarse" TEXT NOT NULL,

    CONSTRAINT "ItemSubject_pkey" PRIMARY KEY ("itemId","subject")
);

-- CreateTable
CREATE TABLE "ModelEndpoint" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "baseUrl" TEXT,
    "modelId" TEXT NOT NULL,
    "params" JSONB NOT NULL,
    "apiKeyCiphertext" TEXT,
    "concurrency" INTEGER NOT NULL DEFAULT 8,
    "inputPricePerMTok" DOUBLE PRECISION,
    "outputPricePerMTok" DOUBLE PRECISION,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ModelEndpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationTask" (
    "id" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "plan" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "error" TEXT,
    "datasetVersion" TEXT,
    "promptVersion" TEXT,
    "itemIds" JSONB,
    "forceFresh" BOOLEAN NOT NULL DEFAULT false,
    "queueGeneration" INTEGER NOT NULL DEFAULT 0,
    "judgeEndpointId" TEXT,
    "result" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "EvaluationTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelRun" (
    "id" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "modelEndpointId" TEXT NOT NULL,
    "modelName" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "source" TEXT NOT NULL DEFAULT 'LIVE',
    "total" INTEGER NOT NULL DEFAULT 0,
    "done" INTEGER NOT NULL DEFAULT 0,
    "correct" INTEGER NOT NULL DEFAULT 0,
    "unparsed" INTEGER NOT NULL DEFAULT 0,
    "unscored" INTEGER NOT NULL DEFAULT 0,
    "errors" INTEGER NOT NULL DEFAULT 0,
    "fromCache" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "summary" JSONB,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ModelRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExperimentSample" (
    "id" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "renderedPrompt" TEXT NOT NULL,
    "rawOutput" TEXT,
    "extracted" TEXT,
    "status" TEXT NOT NULL,
    "correct" BOOLEAN,
    "latencyMs" INTEGER,
    "tokensIn" INTEGER,
    "tokensOut" INTEGER,
    "error" TEXT,
    "fromCache" BOOLEAN NOT NULL DEFAULT false,
    "promptVersion" TEXT NOT NULL,
    "datasetVersion" TEXT NOT NULL,
    "judgeModel" TEXT,
    "judgePromptVersion" TEXT,
    "judgeOutput" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExperimentSample_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LeaderboardEntry" (
    "id" TEXT NOT NULL,
    "modelName" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "coarseSubject" TEXT NOT NULL,
    "taskType" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "n" INTEGER,
    "ciLow" DOUBLE PRECISION,
    "ciHigh" DOUBLE PRECISION,
    "source" TEXT NOT NULL,
    "taskId" TEXT,
    "datasetVersion" TEXT,
    "promptVersion" TEXT,
    "seed" INTEGER,
    "quarantined" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LeaderboardEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResponseCache" (
    "key" TEXT NOT NULL,
    "output" TEXT NOT NULL,
    "tokensIn" INTEGER,
    "tokensOut" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResponseCache_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Dataset_version_key" ON "Dataset"("version");

-- CreateIndex
CREATE INDEX "BenchmarkItem_language_taskType_problemType_idx" ON "BenchmarkItem"("language", "taskType", "problemType");

-- CreateIndex
CREATE INDEX "BenchmarkItem_datasetId_idx" ON "BenchmarkItem"("datasetId");

-- CreateIndex
CREATE INDEX "ItemSubject_subject_idx" ON "ItemSubject"("subject");

-- CreateIndex
CREATE INDEX "ItemSubject_coarse_idx" ON "ItemSubject"("coarse");

-- CreateIndex
CREATE UNIQUE INDEX "ModelEndpoint_name_key" ON "ModelEndpoint"("name");

-- CreateIndex
CREATE INDEX "EvaluationTask_status_createdAt_idx" ON "EvaluationTask"("status", "createdAt");

-- CreateIndex
CREATE INDEX "EvaluationTask_createdAt_idx" ON "EvaluationTask"("createdAt");

-- CreateIndex
CREATE INDEX "ModelRun_modelEndpointId_idx" ON "ModelRun"("modelEndpointId");

-- CreateIndex
CREATE UNIQUE INDEX "ModelRun_taskId_modelEndpointId_key" ON "ModelRun"("taskId", "modelEndpointId");

-- CreateIndex
CREATE INDEX "ExperimentSample_taskId_createdAt_idx" ON "ExperimentSample"("taskId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ExperimentSample_runId_itemId_key" ON "ExperimentSample"("runId", "itemId");

-- CreateIndex
CREATE INDEX "LeaderboardEntry_language_coarseSubject_taskType_quarantine_idx" ON "LeaderboardEntry"("language", "coarseSubject", "taskType", "quarantined", "score" DESC);

-- CreateIndex
CREATE INDEX "LeaderboardEntry_language_subject_taskType_quarantined_scor_idx" ON "LeaderboardEntry"("language", "subject", "taskType", "quarantined", "score" DESC);

-- CreateIndex
CREATE INDEX "LeaderboardEntry_score_idx" ON "LeaderboardEntry"("score");

-- CreateIndex
CREATE UNIQUE INDEX "LeaderboardEntry_modelName_language_subject_taskType_key" ON "LeaderboardEntry"("modelName", "language", "subject", "taskType");

-- AddForeignKey
ALTER TABLE "BenchmarkItem" ADD CONSTRAINT "BenchmarkItem_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemSubject" ADD CONSTRAINT "ItemSubject_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "BenchmarkItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelRun" ADD CONSTRAINT "ModelRun_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "EvaluationTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelRun" ADD CONSTRAINT "ModelRun_modelEndpointId_fkey" FOREIGN KEY ("modelEndpointId") REFERENCES "ModelEndpoint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExperimentSample" ADD CONSTRAINT "ExperimentSample_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ModelRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;
