-- AlterTable
ALTER TABLE "EvaluationTask" ADD COLUMN     "activeMs" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "firstStartedAt" TIMESTAMP(3);
