-- AlterTable
ALTER TABLE "Dataset" ADD COLUMN     "supersededAt" TIMESTAMP(3);
