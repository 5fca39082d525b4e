-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ModelRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    "ambiguous" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "ModelRun_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "EvaluationTask" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ModelRun_modelEndpointId_fkey" FOREIGN KEY ("modelEndpointId") REFERENCES "ModelEndpoint" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_ModelRun" ("correct", "done", "error", "errors", "finishedAt", "fromCache", "id", "modelEndpointId", "modelName", "source", "startedAt", "status", "summary", "taskId", "total", "unparsed", "unscored") SELECT "correct", "done", "error", "errors", "finishedAt", "fromCache", "id", "modelEndpointId", "modelName", "source", "startedAt", "status", "summary", "taskId", "total", "unparsed", "unscored" FROM "ModelRun";
DROP TABLE "ModelRun";
ALTER TABLE "new_ModelRun" RENAME TO "ModelRun";
CREATE INDEX "ModelRun_modelEndpointId_idx" ON "ModelRun"("modelEndpointId");
CREATE UNIQUE INDEX "ModelRun_taskId_modelEndpointId_key" ON "ModelRun"("taskId", "modelEndpointId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
