-- AlterTable
ALTER TABLE "ModelEndpoint" ADD COLUMN     "requestsPerMinute" INTEGER,
ADD COLUMN     "tokensPerMinute" INTEGER;
