-- AlterTable
ALTER TABLE "ModelEndpoint" ADD COLUMN "requestsPerMinute" INTEGER;
ALTER TABLE "ModelEndpoint" ADD COLUMN "tokensPerMinute" INTEGER;
