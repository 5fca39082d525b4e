-- AlterTable
ALTER TABLE "Dataset" ADD COLUMN "supersededAt" DATETIME;
