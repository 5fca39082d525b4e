-- AlterTable
ALTER TABLE "EvaluationTask" ADD COLUMN "idempotencyKey" TEXT;

-- AlterTable
ALTER TABLE "ModelRun" ADD COLUMN "leaseToken" TEXT;
ALTER TABLE "ModelRun" ADD COLUMN "progressAt" DATETIME;

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationTask_idempotencyKey_key" ON "EvaluationTask"("idempotencyKey");
