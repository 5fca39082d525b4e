-- AlterTable
ALTER TABLE "EvaluationTask" ADD COLUMN     "idempotencyKey" TEXT;

-- AlterTable
ALTER TABLE "ModelRun" ADD COLUMN     "leaseToken" TEXT,
ADD COLUMN     "progressAt" TIMESTAMP(3);

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationTask_idempotencyKey_key" ON "EvaluationTask"("idempotencyKey");
