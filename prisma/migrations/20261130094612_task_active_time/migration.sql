-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_EvaluationTask" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "idempotencyKey" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    "firstStartedAt" DATETIME,
    "activeMs" INTEGER NOT NULL DEFAULT 0,
    "ownerId" TEXT,
    CONSTRAINT "EvaluationTask_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_EvaluationTask" ("createdAt", "datasetVersion", "error", "finishedAt", "forceFresh", "id", "idempotencyKey", "itemIds", "judgeEndpointId", "ownerId", "plan", "promptVersion", "query", "queueGeneration", "result", "startedAt", "status", "updatedAt") SELECT "createdAt", "datasetVersion", "error", "finishedAt", "forceFresh", "id", "idempotencyKey", "itemIds", "judgeEndpointId", "ownerId", "plan", "promptVersion", "query", "queueGeneration", "result", "startedAt", "status", "updatedAt" FROM "EvaluationTask";
DROP TABLE "EvaluationTask";
ALTER TABLE "new_EvaluationTask" RENAME TO "EvaluationTask";
CREATE UNIQUE INDEX "EvaluationTask_idempotencyKey_key" ON "EvaluationTask"("idempotencyKey");
CREATE INDEX "EvaluationTask_status_createdAt_idx" ON "EvaluationTask"("status", "createdAt");
CREATE INDEX "EvaluationTask_ownerId_idx" ON "EvaluationTask"("ownerId");
CREATE INDEX "EvaluationTask_createdAt_idx" ON "EvaluationTask"("createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
